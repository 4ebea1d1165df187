import { fail, ok, type Issue, type Result } from '../../result';
import { parseAsOf } from '../asOf';
import { compileModel, type CompiledModel } from './compile';
import { parseScoringModel, type ScoringModel, type ScoringModelInput } from './model';
import { parseScoringLead, parseScoringLeads } from './lead';
import type { ScoreResult } from './result';

// Models arrive from CRM fields as JSON: each model object is validated and
// compiled once, then reused for every lead scored with it.
const compiled = new WeakMap<object, Result<CompiledModel>>();

/** Validates (once per model object) and compiles a model; issues are prefixed `model.`. */
export function prepareModel(model: ScoringModel | ScoringModelInput | unknown): Result<CompiledModel> {
  if (typeof model !== 'object' || model === null) {
    return fail([{ path: 'model', code: 'invalid_type', message: 'expected a scoring model object' }]);
  }
  const cached = compiled.get(model);
  if (cached) return cached;
  const parsed = parseScoringModel(model);
  const result: Result<CompiledModel> = parsed.ok
    ? ok(compileModel(parsed.value))
    : fail(parsed.issues.map((i) => ({ ...i, path: i.path ? `model.${i.path}` : 'model' })));
  compiled.set(model, result);
  return result;
}

/** Scores one lead `{id?, fields, events}` as of `asOf`, explaining every point. */
export function scoreLead(model: ScoringModel | ScoringModelInput, lead: unknown, asOf: string | Date): Result<ScoreResult> {
  const prepared = prepareModel(model);
  const when = parseAsOf(asOf);
  const parsed = parseScoringLead(lead);
  const issues: Issue[] = [
    ...(prepared.ok ? [] : prepared.issues),
    ...(when.ok ? [] : when.issues),
    ...(parsed.ok ? [] : parsed.issues),
  ];
  if (!prepared.ok || !when.ok || !parsed.ok) return fail(issues);
  return ok(prepared.value.score(parsed.value, when.value));
}

/**
 * Scores a list of leads (an array, or `{leads: [...]}`): every lead needs an
 * id, used once; every bad lead is listed as `leads[i]...`.
 */
export function scoreLeads(model: ScoringModel | ScoringModelInput, leads: unknown, asOf: string | Date): Result<ScoreResult[]> {
  const prepared = prepareModel(model);
  const when = parseAsOf(asOf);
  const parsed = parseScoringLeads(leads);
  const issues: Issue[] = [...(prepared.ok ? [] : prepared.issues), ...(when.ok ? [] : when.issues), ...(parsed.ok ? [] : parsed.issues)];
  if (!prepared.ok || !when.ok || !parsed.ok) return fail(issues);
  const { score } = prepared.value;
  return ok(parsed.value.map((lead) => score(lead, when.value)));
}
