import { MINUTE_MS, isoMonth } from '../../dates';
import { fail, ok, parseWith, type Result } from '../../result';
import { parseAsOf, toIso } from '../asOf';
import { LeadFactsSchema, factsAsOf, type LeadFacts } from '../facts';
import { LeadIdSchema, leadListSchema } from '../leadList';
import { rejectReason, type RejectReasonGroup } from '../handoff/rejectReasons';
import { DEFAULT_HANDOFF_RULES, HandoffRulesSchema } from '../handoff/rules';
import { median, rate } from './stats';

/** `{"leads": [...]}` (or the bare list) of lead facts; every field but `id` optional, each id used once. */
export const KpiInputSchema = leadListSchema(LeadFactsSchema.extend({ id: LeadIdSchema }));

export interface KpiFigures {
  mql: number;
  sal: number;
  sql: number;
  opportunities: number;
  won: number;
  salRejected: number;
  /** sql / mql */
  mqlToSqlRate: number | null;
  /** 商談化率: opportunities / mql */
  opportunityRate: number | null;
  /** 受注率: won / opportunities */
  winRate: number | null;
  /** Share of decided MQLs touched within the SLA (pending ones left out). */
  slaCompliance: number | null;
  slaMet: number;
  slaBreached: number;
  /** Untouched MQLs still inside their SLA at asOf. */
  slaPending: number;
  medianMinutesToFirstTouch: number | null;
  /** MQL to assignment (the system's share of the wait), when assignedAt is known. */
  medianSystemDelayMinutes: number | null;
  /** Assignment to first touch (the rep's share), when both are known. */
  medianRepResponseMinutes: number | null;
}

export interface FunnelKpis extends KpiFigures {
  asOf: string;
  slaMinutes: number;
  bySource: (KpiFigures & { source: string })[];
  byMonth: (KpiFigures & { month: string })[];
  byDefinitionVersion: (KpiFigures & { version: number })[];
  salRejectionsByReason: { reason: string; group: RejectReasonGroup | null; count: number }[];
}

const NO_SOURCE = '(none)';

function figures(leads: readonly LeadFacts[], asOf: number, slaMs: number): KpiFigures {
  let mql = 0, sal = 0, sql = 0, opportunities = 0, won = 0, salRejected = 0, slaMet = 0, slaBreached = 0, slaPending = 0;
  const toFirstTouch: number[] = [];
  const systemDelay: number[] = [];
  const repResponse: number[] = [];
  for (const l of leads) {
    if (l.mqlAt !== undefined && l.assignedAt !== undefined) systemDelay.push(Math.max(0, l.assignedAt - l.mqlAt) / MINUTE_MS);
    if (l.mqlAt !== undefined && l.assignedAt !== undefined && l.firstTouchAt !== undefined) {
      repResponse.push(Math.max(0, l.firstTouchAt - l.assignedAt) / MINUTE_MS);
    }
    if (l.salAt !== undefined) sal++;
    if (l.sqlAt !== undefined) sql++;
    if (l.opportunityAt !== undefined) opportunities++;
    if (l.wonAt !== undefined) won++;
    if (l.salRejectedAt !== undefined) salRejected++;
    if (l.mqlAt === undefined) continue;
    mql++;
    if (l.firstTouchAt !== undefined) {
      // A touch before the MQL moment (IS already in contact) waited zero minutes.
      const wait = Math.max(0, l.firstTouchAt - l.mqlAt);
      toFirstTouch.push(wait / MINUTE_MS);
      if (wait <= slaMs) slaMet++;
      else slaBreached++;
    } else if (asOf - l.mqlAt > slaMs) slaBreached++;
    else slaPending++;
  }
  return {
    mql,
    sal,
    sql,
    opportunities,
    won,
    salRejected,
    mqlToSqlRate: rate(sql, mql),
    opportunityRate: rate(opportunities, mql),
    winRate: rate(won, opportunities),
    slaCompliance: rate(slaMet, slaMet + slaBreached),
    slaMet,
    slaBreached,
    slaPending,
    medianMinutesToFirstTouch: median(toFirstTouch),
    medianSystemDelayMinutes: median(systemDelay),
    medianRepResponseMinutes: median(repResponse),
  };
}

function groupBy<K>(leads: readonly LeadFacts[], key: (l: LeadFacts) => K | undefined): Map<K, LeadFacts[]> {
  const groups = new Map<K, LeadFacts[]>();
  for (const l of leads) {
    const k = key(l);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(l);
    else groups.set(k, [l]);
  }
  return groups;
}

/**
 * Funnel KPIs as of `asOf` (a date after it has not happened yet), overall and
 * per source, per month of MQL and per definition version.
 */
export interface FunnelKpiOptions {
  asOf: string | Date;
  /** The first-touch SLA to measure against; the handoff rules' `firstTouchSlaMinutes` by default. */
  slaMinutes?: number;
  /** The program's handoff rules (the core's defaults without them). */
  handoff?: unknown;
}

export function funnelKpis(input: unknown, options: FunnelKpiOptions): Result<FunnelKpis> {
  const parsed = parseWith(KpiInputSchema, input);
  const when = parseAsOf(options.asOf);
  const rules = options.handoff === undefined ? ok(DEFAULT_HANDOFF_RULES) : parseWith(HandoffRulesSchema, options.handoff, 'handoff');
  if (!rules.ok) return rules;
  const sla = options.slaMinutes ?? rules.value.firstTouchSlaMinutes;
  const slaIssue =
    typeof sla === 'number' && Number.isFinite(sla) && sla > 0 ? [] : [{ path: 'slaMinutes', code: 'too_small', message: 'slaMinutes must be a number greater than 0' }];
  if (!parsed.ok || !when.ok || slaIssue.length) {
    return fail([...(parsed.ok ? [] : parsed.issues), ...(when.ok ? [] : when.issues), ...slaIssue]);
  }
  const asOf = when.value;
  const slaMs = sla * MINUTE_MS;
  const leads = parsed.value.leads.map((l) => factsAsOf(l, asOf));
  const sections = <K extends string | number>(groups: Map<K, LeadFacts[]>) =>
    [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, ls]) => [k, figures(ls, asOf, slaMs)] as const);

  const reasons = new Map<string, number>();
  for (const l of leads) {
    if (l.salRejectedAt === undefined) continue;
    const reason = l.rejectReason ?? 'unspecified';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }

  return ok({
    asOf: toIso(asOf),
    slaMinutes: sla,
    ...figures(leads, asOf, slaMs),
    bySource: sections(groupBy(leads, (l) => l.source ?? NO_SOURCE)).map(([source, f]) => ({ source, ...f })),
    byMonth: sections(groupBy(leads, (l) => (l.mqlAt === undefined ? undefined : isoMonth(l.mqlAt)))).map(([month, f]) => ({ month, ...f })),
    byDefinitionVersion: sections(groupBy(leads, (l) => l.definitionVersion)).map(([version, f]) => ({ version, ...f })),
    salRejectionsByReason: [...reasons.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([reason, count]) => ({ reason, group: rejectReason(reason)?.group ?? null, count })),
  });
}
