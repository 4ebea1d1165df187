import { z } from '../../zod';
import { InstantSchema } from '../../dates';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { ScoringLeadSchema, parseScoringLead } from '../scoring/lead';

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
export const HistoryLeadSchema = ScoringLeadSchema.extend(OutcomeShape);

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

/**
 * Parses a history like HistorySchema: the lead part through parseScoringLead
 * (its quick path for well-formed leads), the outcome part through its schema.
 */
export function parseHistoryLeads(input: unknown): Result<HistoryLead[]> {
  const list = parseWith(z.preprocess((v) => (Array.isArray(v) ? { leads: v } : v), z.object({ leads: z.array(z.unknown()) })), input);
  if (!list.ok) return list;
  const leads: HistoryLead[] = [];
  const issues: Issue[] = [];
  list.value.leads.forEach((raw, i) => {
    const lead = parseScoringLead(raw, `leads[${i}]`);
    const outcome = parseWith(OutcomeSchema, raw, `leads[${i}]`);
    if (lead.ok && outcome.ok) leads.push({ ...lead.value, ...outcome.value });
    if (!lead.ok) issues.push(...lead.issues);
    if (!outcome.ok) issues.push(...outcome.issues);
  });
  return issues.length ? fail(issues) : ok(leads);
}
