import { z } from '../../zod';
import { ok, parseWith, type Result } from '../../result';
import { InstantSchema, parseInstant } from '../../dates';
import { RecordSchema, isPlainRecord } from '../../records';
import { LeadIdSchema, leadIdOf, leadListSchema, parseLeadList } from '../leadList';

export const ScoringEventSchema = z.object({
  /** Matched by an engagement rule's `event`. */
  type: z.string().min(1, 'an event needs a type'),
  /** When it happened; parsed to epoch milliseconds. */
  at: InstantSchema,
  props: RecordSchema.default({}),
});

export type ScoringEvent = z.infer<typeof ScoringEventSchema>;

/** What z.object reads keys from: any object but a list (its keys are read as they are, inherited ones too). */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// The quick paths below give exactly the schemas' answer for a well-formed
// input, without their per-key work: a lead carries dozens of events and a
// batch millions, so the common case is checked directly. Each returns null
// for anything else, which then goes to the schema: the schema stays the
// authority on what is valid and on the issues reported, and a property test
// holds the two to the same answer.

function quickEvent(v: unknown): ScoringEvent | null {
  if (!isObject(v)) return null;
  const { type, at, props } = v;
  if (typeof type !== 'string' || type.length === 0) return null;
  if (typeof at !== 'string' && !(at instanceof Date)) return null;
  const ms = parseInstant(at);
  if (Number.isNaN(ms)) return null;
  if (props !== undefined && !isPlainRecord(props)) return null;
  // props are only read, never written: the caller's object is used as it is (the schema keeps it too).
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

const LeadShape = {
  fields: RecordSchema.default({}),
  events: EventListSchema.default([]),
};

/** A lead as the scorer reads it: its record fields and its dated events; on its own, the id is optional. */
export const ScoringLeadSchema = z.object({ id: LeadIdSchema.optional(), ...LeadShape });

/** A lead in a list: the id is required (and unique in the list), since results are matched to leads by it. */
export const ListedScoringLeadSchema = z.object({ id: LeadIdSchema, ...LeadShape });

/** `{"leads": [...]}` (or the bare list) of listed leads, each id used once. */
export const ScoringLeadsSchema = leadListSchema(ListedScoringLeadSchema);

export type ScoringLead = z.infer<typeof ScoringLeadSchema>;
export type ScoringLeadInput = z.input<typeof ScoringLeadSchema>;

export type ListedScoringLead = z.infer<typeof ListedScoringLeadSchema>;

/** The quick path of ScoringLeadSchema (`listed`: ListedScoringLeadSchema), or null for the schema to answer. */
export function quickScoringLead(input: unknown, listed: true): ListedScoringLead | null;
export function quickScoringLead(input: unknown, listed: boolean): ScoringLead | null;
export function quickScoringLead(input: unknown, listed: boolean): ScoringLead | null {
  if (!isObject(input)) return null;
  const { id, fields, events } = input;
  let leadId: string | undefined;
  if (listed || id !== undefined) {
    const read = leadIdOf(id);
    if (!read.ok) return null;
    leadId = read.id;
  }
  if (fields !== undefined && !isPlainRecord(fields)) return null;
  if (events !== undefined && !Array.isArray(events)) return null;
  const list: unknown[] = events ?? [];
  const parsed: ScoringEvent[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const e = quickEvent(list[i]);
    if (!e) return null;
    parsed[i] = e;
  }
  const lead: ScoringLead = { fields: fields ?? {}, events: parsed };
  // As z.object does: an id given as undefined is kept as a key, a missing one is not.
  if (leadId !== undefined || 'id' in input) lead.id = leadId;
  return lead;
}

/**
 * Parses one lead like `parseWith(ScoringLeadSchema, input, prefix)` (or, when
 * `listed`, ListedScoringLeadSchema), with the common well-formed case checked
 * directly (fields and props are read in place, never written).
 */
export function parseScoringLead(input: unknown, prefix = '', listed = false): Result<ScoringLead> {
  const quick = quickScoringLead(input, listed);
  if (quick) return ok(quick);
  return parseWith(listed ? ListedScoringLeadSchema : ScoringLeadSchema, input, prefix);
}

/** Parses a list of leads like `parseWith(ScoringLeadsSchema, input)`, each lead by its quick path. */
export function parseScoringLeads(input: unknown): Result<ScoringLead[]> {
  return parseLeadList(input, (lead, prefix) => parseScoringLead(lead, prefix, true));
}
