import { parseInstant } from '../../dates';

// A CRM record as a past lead of the backtest and the suggestion: what the
// scorer read (the record's mapped fields and its engagement events), the
// moment it is judged as of, and how its deal turned out (the dated facts
// every CRM stores: MA_Opportunity_At__c / ma_opportunity_at, MA_Won_At__c /
// ma_won_at). Every surface builds its history with this one rule, so a
// suggestion made in Salesforce and one made in HubSpot read the same past.

/** The lead as the scorer reads it (`scoringLead`, `hubspotLead`). */
export interface PastLeadInput {
  id: string | number;
  fields?: Record<string, unknown>;
  events?: { type: string; at: string; props?: Record<string, unknown> }[];
}

/** The stored facts the history reads (`leadFacts`, `hubspotContactFacts`); null is the same as absent. */
export interface PastLeadFacts {
  mqlAt?: string | null | undefined;
  opportunityAt?: string | null | undefined;
  wonAt?: string | null | undefined;
}

/** A past lead in the history format (`HistoryLeadSchema`); the backtest and the suggestion validate it. */
export interface PastLead extends PastLeadInput {
  scoredAt?: string;
  opportunityAt?: string;
  wonAt?: string;
}

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';

/** The earliest (or, with `latest`, the latest) of the values that read as instants; none when none does. */
function outermost(values: (string | null | undefined)[], latest = false): string | undefined {
  let best: { at: string; ms: number } | undefined;
  for (const at of values.filter(given)) {
    const ms = parseInstant(at);
    if (!Number.isNaN(ms) && (best === undefined || (latest ? ms > best.ms : ms < best.ms))) best = { at, ms };
  }
  return best?.at;
}

/**
 * The moment a past lead is judged as of: when its handoff was decided (it
 * became an MQL, or a deal opened without one: the earlier of the two), so
 * nothing that followed the decision, such as sales' own activity, leaks into
 * its score; a lead never handed off is judged as of its latest event (all it
 * did counts), else as of its creation. The history is split in time by the
 * same moment: older decisions are fitted, newer ones held out.
 *
 * A date that does not read as an instant is passed on as given, so the
 * backtest or the suggestion names it (`leads[3].scoredAt`) instead of a
 * silently different lead.
 */
function judgedAt(lead: PastLeadInput, facts: PastLeadFacts, createdAt: string | null | undefined): string | undefined {
  const decisions = [facts.mqlAt, facts.opportunityAt].filter(given);
  const unreadable = decisions.find((at) => Number.isNaN(parseInstant(at)));
  if (unreadable !== undefined) return unreadable;
  return outermost(decisions) ?? outermost((lead.events ?? []).map((e) => e.at), true) ?? (given(createdAt) ? createdAt : undefined);
}

/**
 * A CRM lead or contact as a past lead (the history `backtest` and
 * `suggestModel` read): the scorer's input, `scoredAt` as `judgedAt` says,
 * and the outcome dates the record holds.
 */
export function pastLead(lead: PastLeadInput, facts: PastLeadFacts, options: { createdAt?: string | null } = {}): PastLead {
  const scoredAt = judgedAt(lead, facts, options.createdAt);
  return {
    ...lead,
    ...(scoredAt !== undefined ? { scoredAt } : {}),
    ...(given(facts.opportunityAt) ? { opportunityAt: facts.opportunityAt } : {}),
    ...(given(facts.wonAt) ? { wonAt: facts.wonAt } : {}),
  };
}
