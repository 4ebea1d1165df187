import { z } from '../../zod';
import { parseWith, ok, type Result } from '../../result';
import { InstantSchema, parseInstant } from '../../dates';

const IdSchema = z.union([z.string(), z.number()]).transform(String);
const RecordSchema = z.record(z.string(), z.unknown());

export const ScoringEventSchema = z.object({
  /** Matched by an engagement rule's `event`. */
  type: z.string().min(1, 'an event needs a type'),
  /** When it happened; parsed to epoch milliseconds. */
  at: InstantSchema,
  props: RecordSchema.default({}),
});

export type ScoringEvent = z.infer<typeof ScoringEventSchema>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * The same answer as ScoringEventSchema for a well-formed event, without its
 * per-key work: a lead carries dozens of events and a batch millions, so the
 * common case is checked directly. Anything unusual goes to the schema, which
 * stays the authority on what is valid and on the issues reported.
 */
function quickEvent(v: unknown): ScoringEvent | null {
  if (!isPlainObject(v)) return null;
  const { type, at, props } = v;
  if (typeof type !== 'string' || type.length === 0) return null;
  if (typeof at !== 'string' && !(at instanceof Date)) return null;
  const ms = parseInstant(at);
  if (Number.isNaN(ms)) return null;
  if (props !== undefined && !isPlainObject(props)) return null;
  // props are only read, never written: the caller's object is used as it is, not copied.
  return { type, at: ms, props: props === undefined ? {} : props };
}

const EventListSchema = z.array(z.unknown()).transform((events, ctx): ScoringEvent[] => {
  const out: ScoringEvent[] = new Array(events.length);
  let failed = false;
  for (let i = 0; i < events.length; i++) {
    const quick = quickEvent(events[i]);
    if (quick) {
      out[i] = quick;
      continue;
    }
    const parsed = ScoringEventSchema.safeParse(events[i]);
    if (parsed.success) {
      out[i] = parsed.data;
      continue;
    }
    failed = true;
    // Re-raised as they are (code and message), at their place in the list.
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [i, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
  }
  return failed ? z.NEVER : out;
});

/** A lead as the scorer reads it: its record fields and its dated events. */
export const ScoringLeadSchema = z.object({
  id: IdSchema.optional(),
  fields: RecordSchema.default({}),
  events: EventListSchema.default([]),
});

export type ScoringLead = z.infer<typeof ScoringLeadSchema>;
export type ScoringLeadInput = z.input<typeof ScoringLeadSchema>;

/**
 * Parses one lead like `parseWith(ScoringLeadSchema, input, prefix)`, with the
 * common well-formed case checked directly (fields and props are read in
 * place, never written). Anything else goes through the schema, so the
 * answer and the issues are the schema's.
 */
export function parseScoringLead(input: unknown, prefix = ''): Result<ScoringLead> {
  if (isPlainObject(input)) {
    const { id, fields, events } = input;
    const idOk = id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
    const fieldsOk = fields === undefined || isPlainObject(fields);
    if (idOk && fieldsOk && (events === undefined || Array.isArray(events))) {
      const list = (events ?? []) as unknown[];
      const parsed: ScoringEvent[] = new Array(list.length);
      let quick = true;
      for (let i = 0; i < list.length && quick; i++) {
        const e = quickEvent(list[i]);
        if (e) parsed[i] = e;
        else quick = false;
      }
      if (quick) {
        const lead: ScoringLead = { fields: fields === undefined ? {} : (fields as Record<string, unknown>), events: parsed };
        if (id !== undefined) lead.id = String(id);
        return ok(lead);
      }
    }
  }
  return parseWith(ScoringLeadSchema, input, prefix);
}
