import { z } from '../../zod';
import { InstantSchema, parseInstant } from '../../dates';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { ListedScoringLeadSchema, quickScoringLead } from '../scoring/lead';
import { LeadListEnvelopeSchema, duplicateIdIssues, leadListSchema } from '../leadList';

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
  // As z.object does: a key given as undefined is kept, a missing one is not.
  const has = (key: string) => key in (raw as object);
  if (has('scoredAt')) out.scoredAt = scored;
  if (has('opportunity')) out.opportunity = opportunity as boolean | undefined;
  if (has('won')) out.won = won as boolean | undefined;
  if (has('opportunityAt')) out.opportunityAt = opened;
  if (has('wonAt')) out.wonAt = closed;
  return out;
}

/** The raw leads of a history (`{leads: [...]}` or the bare list), each still to be parsed. */
export function historyList(input: unknown): Result<unknown[]> {
  const list = parseWith(LeadListEnvelopeSchema, input);
  return list.ok ? ok(list.value.leads) : list;
}

/**
 * One past lead like HistoryLeadSchema (an id required): a well-formed one
 * through the scorer's quick path and the quick outcome, anything else by the
 * schema, which names the problem.
 */
export function parseHistoryLead(raw: unknown, index: number): Result<HistoryLead> {
  const lead = quickScoringLead(raw, true);
  const outcome = lead && quickOutcome(raw);
  if (lead && outcome) return ok(Object.assign(lead, outcome));
  return parseWith(HistoryLeadSchema, raw, `leads[${index}]`);
}

/** The issues of ids used more than once among parsed leads (as HistorySchema reports them). */
export const repeatedHistoryIds = (leads: readonly { id?: string | undefined }[]): Issue[] => duplicateIdIssues(leads.map((l) => l.id));

/** Parses a history like HistorySchema, quicker (see parseHistoryLead): every bad lead is listed, then repeated ids. */
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
  if (issues.length) return fail(issues);
  const repeated = repeatedHistoryIds(leads);
  return repeated.length ? fail(repeated) : ok(leads);
}
