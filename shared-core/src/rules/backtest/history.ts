import { z } from '../../zod';
import { InstantSchema } from '../../dates';
import { ok, parseWith, type Result } from '../../result';
import { ListedScoringLeadSchema, quickScoringLead } from '../scoring/lead';
import { leadListSchema, parseLeadList } from '../leadList';

const OutcomeShape = {
  /** The moment the lead would have been scored; events after it are ignored. Defaults to the backtest's asOf. */
  scoredAt: InstantSchema.optional(),
  opportunity: z.boolean().optional(),
  won: z.boolean().optional(),
  opportunityAt: InstantSchema.optional(),
  wonAt: InstantSchema.optional(),
};
const OutcomeSchema = z.object(OutcomeShape);

/** A past lead: what the scorer saw, when it was scored, and how the deal turned out. */
export const HistoryLeadSchema = ListedScoringLeadSchema.extend(OutcomeShape);

/** `{"leads": [...]}` (or the bare list) of past leads, each id used once. */
export const HistorySchema = leadListSchema(HistoryLeadSchema);

export type HistoryLead = z.infer<typeof HistoryLeadSchema>;

/** Outcome of a past lead: a won deal is also an opportunity. */
export function outcomeOf(lead: HistoryLead): { opportunity: boolean; won: boolean } {
  const won = lead.won === true || lead.wonAt !== undefined;
  return { opportunity: won || lead.opportunity === true || lead.opportunityAt !== undefined, won };
}

/** One past lead like HistoryLeadSchema: a well-formed one through the scorer's quick path and the outcome schema. */
function parseHistoryLead(raw: unknown, prefix: string): Result<HistoryLead> {
  const lead = quickScoringLead(raw, true);
  const outcome = lead && OutcomeSchema.safeParse(raw);
  if (lead && outcome?.success) return ok({ ...lead, ...outcome.data });
  return parseWith(HistoryLeadSchema, raw, prefix);
}

/** Parses a history like HistorySchema: the same answer and issues, quicker on well-formed leads. */
export function parseHistoryLeads(input: unknown): Result<HistoryLead[]> {
  return parseLeadList(input, parseHistoryLead);
}
