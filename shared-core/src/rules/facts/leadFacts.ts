import { z } from '../../zod';
import { RecordSchema } from '../../records';
import { LeadIdSchema } from '../leadList';
import { Text, When } from './values';

// A lead's dated facts, as the CRM records them (Salesforce MA_*_At__c
// fields, HubSpot contact properties). Every field but `id` is optional; null
// (an empty CRM field) is the same as absent.

export const LeadScoreFactsSchema = z.object({
  total: z.number(),
  fit: z.number().optional(),
  engagement: z.number().optional(),
  grade: z.enum(['A', 'B', 'C', 'D']).optional(),
  mql: z.boolean().optional(),
});

export const LeadFactsSchema = z.object({
  id: LeadIdSchema.optional(),
  /** Became MQL (handoff trigger). */
  mqlAt: When,
  /** Assigned to a rep or queue by the system. */
  assignedAt: When,
  /** First touch by the rep (call, e-mail, meeting). */
  firstTouchAt: When,
  /** Accepted by inside sales (SAL). */
  salAt: When,
  /** Rejected by inside sales, with `rejectReason` (a REJECT_REASONS id). */
  salRejectedAt: When,
  rejectReason: Text,
  /** Sent back to nurture. */
  recycledAt: When,
  /** Qualified by sales (SQL). */
  sqlAt: When,
  opportunityAt: When,
  wonAt: When,
  lostAt: When,
  source: Text,
  /** Definition-set version under which the lead became MQL. */
  definitionVersion: z.number().int().min(1).nullish().transform((v) => v ?? undefined),
  /** Record fields read by stage criteria (e.g. budget, authority, need, timeline). */
  fields: RecordSchema.nullish().transform((v) => v ?? {}),
  /** The lead's current score (a ScoreResult or its figures), read by MQL criteria. */
  score: LeadScoreFactsSchema.nullish().transform((v) => v ?? undefined),
});

export type LeadFacts = z.output<typeof LeadFactsSchema>;
export type LeadFactsInput = z.input<typeof LeadFactsSchema>;

export const DATED_FACTS = [
  'mqlAt',
  'assignedAt',
  'firstTouchAt',
  'salAt',
  'salRejectedAt',
  'recycledAt',
  'sqlAt',
  'opportunityAt',
  'wonAt',
  'lostAt',
] as const;
export type DatedFact = (typeof DATED_FACTS)[number];

/** The facts as they stood at `asOf`: a date after it has not happened yet. */
export function factsAsOf(facts: LeadFacts, asOfMs: number): LeadFacts {
  const out: LeadFacts = { ...facts };
  for (const key of DATED_FACTS) {
    const at = out[key];
    if (at !== undefined && at > asOfMs) out[key] = undefined;
  }
  return out;
}
