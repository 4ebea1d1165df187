// A lead's id, the same in every input: text (not blank) or a number, kept
// as text. In a list of leads each id is required and used once, because
// results, events and CRM writes are matched to leads by it.
import { z } from '../zod';
import { fail, formatPath, ok, parseWith, type Issue, type Result } from '../result';

/** The id as text, or the reason it is not one: one rule for the schema and the scorer's quick path. */
export function leadIdOf(value: unknown): { ok: true; id: string } | { ok: false; message: string } {
  if (value === undefined) return { ok: false, message: 'a lead in a list needs an id' };
  if (typeof value === 'string') return value.trim() === '' ? { ok: false, message: 'an id must not be empty' } : { ok: true, id: value };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, id: String(value) };
  return { ok: false, message: 'an id is text or a number' };
}

/** A required id (`.optional()` for a lead on its own). */
export const LeadIdSchema = z.unknown().transform((value, ctx): string => {
  const read = leadIdOf(value);
  if (read.ok) return read.id;
  ctx.addIssue({ code: 'custom', message: read.message });
  return z.NEVER;
});

/** Where an id is used again: the lead at `index` repeats the id of the lead at `first`. */
export interface DuplicateId {
  id: string;
  index: number;
  first: number;
}

/** Every id used more than once, each repeat with the place of its first use. */
export function duplicateIds(ids: readonly (string | undefined)[]): DuplicateId[] {
  const seen = new Map<string, number>();
  const duplicates: DuplicateId[] = [];
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else duplicates.push({ id, index, first });
  });
  return duplicates;
}

/** The issue of a repeated id in `{leads: [...]}`, at `leads[index].id`, naming the first use. */
export const duplicateIdIssue = (d: DuplicateId) => ({
  path: ['leads', d.index, 'id'] as (string | number)[],
  message: `the id ${JSON.stringify(d.id)} is already used at leads[${d.first}].id`,
});

/** A list of leads is `{"leads": [...]}` or the bare list. */
const asLeadList = (v: unknown): unknown => (Array.isArray(v) ? { leads: v } : v);

/** The list around the leads, each lead left to its own parser (the quick paths). */
export const LeadListEnvelopeSchema = z.preprocess(asLeadList, z.object({ leads: z.array(z.unknown()) }));

/**
 * `{"leads": [...]}` (or the bare list) of `lead`, with every id used once.
 * As zod does for any refinement, the ids are compared once every lead has parsed.
 */
export function leadListSchema<T extends z.ZodType<{ id?: string | undefined }>>(lead: T) {
  return z.preprocess(
    asLeadList,
    z.object({ leads: z.array(lead) }).superRefine((list, ctx) => {
      for (const d of duplicateIds(list.leads.map((l) => l.id))) ctx.addIssue({ code: 'custom', ...duplicateIdIssue(d) });
    }),
  );
}

/** The same answer for leads parsed one by one: the repeated ids as issues (empty when all are unique). */
export function duplicateIdIssues(ids: readonly (string | undefined)[]): Issue[] {
  return duplicateIds(ids).map((d) => {
    const { path, message } = duplicateIdIssue(d);
    return { path: formatPath(path), code: 'custom', message };
  });
}

/**
 * Parses a list like `leadListSchema(schema)` does, each lead by `parseOne`
 * (a quick path that answers as `schema`): the same value, or the same issues.
 */
export function parseLeadList<T extends { id?: string | undefined }>(input: unknown, parseOne: (lead: unknown, prefix: string) => Result<T>): Result<T[]> {
  const list = parseWith(LeadListEnvelopeSchema, input);
  if (!list.ok) return list;
  const leads: T[] = [];
  const issues: Issue[] = [];
  list.value.leads.forEach((raw, i) => {
    const lead = parseOne(raw, `leads[${i}]`);
    if (lead.ok) leads.push(lead.value);
    else issues.push(...lead.issues);
  });
  if (issues.length) return fail(issues);
  const repeated = duplicateIdIssues(leads.map((l) => l.id));
  return repeated.length ? fail(repeated) : ok(leads);
}
