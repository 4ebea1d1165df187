import { z } from '../../zod';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { DefinitionSetSchema, type DefinitionSet } from '../definitions/schema';
import { DEFAULT_HANDOFF_RULES, HandoffRulesSchema, type HandoffRules } from '../handoff/rules';
import { prepareModel } from '../scoring/score';
import type { CompiledModel } from '../scoring/compile';

// The program the engine enforces: a scoring model, the definition set in
// force, and the handoff rules (the core's defaults when a program has none).

const ProgramShape = z.object(
  {
    model: z.unknown(),
    definitions: z.unknown(),
    handoff: z.unknown().optional(),
  },
  { error: 'expected a program {"model", "definitions", "handoff"}' },
);

export interface Program {
  model: CompiledModel;
  definitions: DefinitionSet;
  handoff: HandoffRules;
}

/**
 * The scoring model the engine scores by: the one the agreed set in force
 * carries (a suggestion agreed with the definitions), else the program's own.
 * `setInForce` is the stored set as read (null when none is in force); the
 * engine checks both when it parses the program.
 */
export function modelInForce(programModel: unknown, setInForce: unknown): unknown {
  const carried = typeof setInForce === 'object' && setInForce !== null ? (setInForce as { model?: unknown }).model : undefined;
  return carried !== undefined && carried !== null ? carried : programModel;
}

/** A model's issues named where the model sits (prepareModel names them `model.`). */
const prefixedModel = (r: Result<CompiledModel>, at: string): Result<CompiledModel> =>
  r.ok ? r : fail(r.issues.map((i) => ({ ...i, path: i.path.replace(/^model/, at) })));

/**
 * Parses a program. When the agreed set carries a model (a suggestion agreed
 * with the definitions), that model is the one enforced, not the program's. Only an agreed set is enforced: a draft, a set in review
 * or a superseded one is refused at `definitions.state`.
 */
export function parseProgram(input: unknown): Result<Program> {
  const shape = parseWith(ProgramShape, input);
  if (!shape.ok) return shape;
  const { model, definitions, handoff } = shape.value;
  const issues: Issue[] = [];
  const set = parseWith(DefinitionSetSchema, definitions, 'definitions');
  const inForce = modelInForce(model, set.ok ? set.value : null);
  const compiled = inForce !== model
    ? prefixedModel(prepareModel(inForce), 'definitions.model')
    : model === undefined
      ? fail<CompiledModel>([{ path: 'model', code: 'invalid_type', message: 'a program needs its scoring model' }])
      : prepareModel(model);
  if (!compiled.ok) issues.push(...compiled.issues);
  if (!set.ok) issues.push(...set.issues);
  else if (set.value.state !== 'agreed') {
    issues.push({
      path: 'definitions.state',
      code: 'not_agreed',
      message: `only an agreed definition set is enforced; version ${set.value.version} is ${set.value.state}`,
    });
  }
  const rules = handoff === undefined ? ok(DEFAULT_HANDOFF_RULES) : parseWith(HandoffRulesSchema, handoff, 'handoff');
  if (!rules.ok) issues.push(...rules.issues);
  if (issues.length || !compiled.ok || !set.ok || !rules.ok) return fail(issues);
  return ok({ model: compiled.value, definitions: set.value, handoff: rules.value });
}
