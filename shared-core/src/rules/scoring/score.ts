import { z } from '../../zod';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { parseAsOf } from '../asOf';
import { compileModel, type CompiledModel } from './compile';
import { parseScoringModel, type ScoringModel, type ScoringModelInput } from './model';
import { parseScoringLead, type ScoringLead } from './lead';
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

const LeadListSchema = z.preprocess((v) => (Array.isArray(v) ? { leads: v } : v), z.object({ leads: z.array(z.unknown()) }));

/** Scores a list of leads (an array, or `{leads: [...]}`); every bad lead is listed as `leads[i]...`. */
export function scoreLeads(model: ScoringModel | ScoringModelInput, leads: unknown, asOf: string | Date): Result<ScoreResult[]> {
  const prepared = prepareModel(model);
  const when = parseAsOf(asOf);
  const list = parseWith(LeadListSchema, leads);
  const issues: Issue[] = [...(prepared.ok ? [] : prepared.issues), ...(when.ok ? [] : when.issues)];
  if (!list.ok) return fail([...issues, ...list.issues]);
  const parsedLeads = list.value.leads.map((lead, i) => parseScoringLead(lead, `leads[${i}]`));
  for (const p of parsedLeads) if (!p.ok) issues.push(...p.issues);
  if (!prepared.ok || !when.ok || issues.length) return fail(issues);
  const { score } = prepared.value;
  return ok(parsedLeads.map((p) => score((p as { ok: true; value: ScoringLead }).value, when.value)));
}
