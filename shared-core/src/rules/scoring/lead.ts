import { z } from '../../zod';
import { InstantSchema } from '../../dates';

const IdSchema = z.union([z.string(), z.number()]).transform(String);
const RecordSchema = z.record(z.string(), z.unknown());

export const ScoringEventSchema = z.object({
  /** Matched by an engagement rule's `event`. */
  type: z.string().min(1, 'an event needs a type'),
  /** When it happened; parsed to epoch milliseconds. */
  at: InstantSchema,
  props: RecordSchema.default({}),
});

/** A lead as the scorer reads it: its record fields and its dated events. */
export const ScoringLeadSchema = z.object({
  id: IdSchema.optional(),
  fields: RecordSchema.default({}),
  events: z.array(ScoringEventSchema).default([]),
});

export type ScoringEvent = z.infer<typeof ScoringEventSchema>;
export type ScoringLead = z.infer<typeof ScoringLeadSchema>;
export type ScoringLeadInput = z.input<typeof ScoringLeadSchema>;
