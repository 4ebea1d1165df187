import { z } from '../../zod';
import { InstantSchema } from '../../dates';
import { ScoringLeadSchema } from '../scoring/lead';

/** A past lead: what the scorer saw, when it was scored, and how the deal turned out. */
export const HistoryLeadSchema = ScoringLeadSchema.extend({
  /** The moment the lead would have been scored; events after it are ignored. Defaults to the backtest's asOf. */
  scoredAt: InstantSchema.optional(),
  opportunity: z.boolean().optional(),
  won: z.boolean().optional(),
  opportunityAt: InstantSchema.optional(),
  wonAt: InstantSchema.optional(),
});

export const HistorySchema = z.preprocess(
  (v) => (Array.isArray(v) ? { leads: v } : v),
  z.object({ leads: z.array(HistoryLeadSchema) }),
);

export type HistoryLead = z.infer<typeof HistoryLeadSchema>;

/** Outcome of a past lead: a won deal is also an opportunity. */
export function outcomeOf(lead: HistoryLead): { opportunity: boolean; won: boolean } {
  const won = lead.won === true || lead.wonAt !== undefined;
  return { opportunity: won || lead.opportunity === true || lead.opportunityAt !== undefined, won };
}
