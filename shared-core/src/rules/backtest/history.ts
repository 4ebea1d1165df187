import { z } from '../../zod';
import { InstantSchema, parseInstant } from '../../dates';
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

type Outcome = z.infer<typeof OutcomeSchema>;

/** An optional outcome date: absent, an instant, or null when the schema must decide. */
const quickDate = (value: unknown): number | undefined | null => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  const ms = parseInstant(value);
  return Number.isNaN(ms) ? null : ms;
};

/**
 * The outcome part of a well-formed lead without zod (a history holds up to
 * hundreds of thousands): booleans and ISO dates as given. null when anything
 * is unusual, so the schema decides and names the problem.
 */
function quickOutcome(raw: unknown): Outcome | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { opportunity, won, scoredAt, opportunityAt, wonAt } = raw as Record<string, unknown>;
  if ((opportunity !== undefined && typeof opportunity !== 'boolean') || (won !== undefined && typeof won !== 'boolean')) return null;
  const scored = quickDate(scoredAt);
  const opened = quickDate(opportunityAt);
  const closed = quickDate(wonAt);
  if (scored === null || opened === null || closed === null) return null;
  const out: Outcome = {};
  if (scored !== undefined) out.scoredAt = scored;
  if (opportunity !== undefined) out.opportunity = opportunity;
  if (won !== undefined) out.won = won;
  if (opened !== undefined) out.opportunityAt = opened;
  if (closed !== undefined) out.wonAt = closed;
  return out;
}

const ListSchema = z.preprocess((v) => (Array.isArray(v) ? { leads: v } : v), z.object({ leads: z.array(z.unknown()) }));

/** The raw leads of a history (`{leads: [...]}` or the bare list), each still to be parsed. */
export function historyList(input: unknown): Result<unknown[]> {
  const list = parseWith(ListSchema, input);
  return list.ok ? ok(list.value.leads) : list;
}

/** One past lead like HistoryLeadSchema: the lead part through parseScoringLead (its quick path), the outcome part quickly or by its schema. */
export function parseHistoryLead(raw: unknown, index: number): Result<HistoryLead> {
  const lead = parseScoringLead(raw, `leads[${index}]`);
  const quick = quickOutcome(raw);
  const outcome = quick ? ok(quick) : parseWith(OutcomeSchema, raw, `leads[${index}]`);
  if (lead.ok && outcome.ok) return ok(Object.assign(lead.value, outcome.value));
  return fail([...(lead.ok ? [] : lead.issues), ...(outcome.ok ? [] : outcome.issues)]);
}

/** Parses a history like HistorySchema, quicker (see parseHistoryLead); every bad lead is listed. */
export function parseHistoryLeads(input: unknown): Result<HistoryLead[]> {
  const list = historyList(input);
  if (!list.ok) return list;
  const leads: HistoryLead[] = [];
  const issues: Issue[] = [];
  list.value.forEach((raw, i) => {
    const lead = parseHistoryLead(raw, i);
    if (lead.ok) leads.push(lead.value);
    else issues.push(...lead.issues);
  });
  return issues.length ? fail(issues) : ok(leads);
}
