import { MINUTE_MS, YEAR_HOURS, inInstantRange } from '../../dates';
import { t, type Lang, type Params } from '../../i18n';
import { fail, ok, parseWith, type Result } from '../../result';
import { parseAsOf, toIso } from '../asOf';
import { describeCondition } from '../condition';
import { LeadFactsSchema, factsAsOf, type LeadFacts } from '../facts';
import { localText } from '../text';
import { rejectReason } from './rejectReasons';
import { DEFAULT_SAL_WINDOW_HOURS, HandoffRulesSchema, type HandoffRules } from './rules';

export type HandoffState = 'waiting' | 'on-time' | 'at-risk' | 'breached' | 'accepted' | 'rejected' | 'recycled';

export interface HandoffStatus {
  status: HandoffState;
  /** Minutes until the running deadline (first touch, acceptance or recycle), or null. */
  minutesLeft: number | null;
  /** Minutes past the SLA or window that was missed, or null. */
  minutesOverdue: number | null;
  /** MQL to assignment: the system's share of the wait (running while unassigned); null before MQL. */
  systemDelayMinutes: number | null;
  /** Assignment to first touch: the rep's share (running while untouched); null before assignment. */
  repResponseMinutes: number | null;
  /** When the first touch is (or was) due, ISO; null before MQL. */
  firstTouchDueAt: string | null;
  nextAction: { key: string; text: string };
}

const minutes = (ms: number): number => ms / MINUTE_MS;

export interface HandoffStatusOptions {
  lang?: Lang;
  /** The agreed set's SAL window (`stages.sal.acceptWithinHours`); DEFAULT_SAL_WINDOW_HOURS without one. */
  acceptWithinHours?: number;
}

/**
 * Where an MQL's handoff stands at `asOf`. The first-touch clock runs from
 * MQL; a touch at exactly the SLA minute is on time, and an untouched lead is
 * breached only after it. Escalation steps apply from their own minute.
 * Acceptance is due within the agreed set's SAL window.
 */
export function handoffStatus(lead: unknown, rules: unknown, asOf: string | Date, options: HandoffStatusOptions = {}): Result<HandoffStatus> {
  const l = parseWith(LeadFactsSchema, lead, 'lead');
  const r = parseWith(HandoffRulesSchema, rules, 'rules');
  const when = parseAsOf(asOf);
  if (!l.ok || !r.ok || !when.ok) return fail([...(l.ok ? [] : l.issues), ...(r.ok ? [] : r.issues), ...(when.ok ? [] : when.issues)]);
  const hours = options.acceptWithinHours;
  if (hours !== undefined && !(Number.isFinite(hours) && hours > 0 && hours <= YEAR_HOURS)) {
    return fail([{ path: 'acceptWithinHours', code: 'too_small', message: 'the SAL window must be a number of hours greater than 0 and at most 8760 (365 days)' }]);
  }
  const { mqlAt } = l.value;
  if (mqlAt !== undefined && !inInstantRange(mqlAt + r.value.firstTouchSlaMinutes * MINUTE_MS)) {
    return fail([{ path: 'lead.mqlAt', code: 'too_big', message: 'the first touch would be due after 9999-12-31' }]);
  }
  return ok(handoffStatusOf(factsAsOf(l.value, when.value), r.value, when.value, options.lang ?? 'ja', hours ?? DEFAULT_SAL_WINDOW_HOURS));
}

/** handoffStatus on parsed facts (already as of `asOf`) and rules: the engine's entry. */
export function handoffStatusOf(f: LeadFacts, rules: HandoffRules, asOf: number, lang: Lang, salWindowHours: number): HandoffStatus {
  const action = (key: string, params?: Params) => ({ key, text: t(lang, key, params) });
  const base = { minutesLeft: null, minutesOverdue: null, systemDelayMinutes: null, repResponseMinutes: null, firstTouchDueAt: null };
  const mqlAt = f.mqlAt;
  if (mqlAt === undefined) return { ...base, status: 'waiting', nextAction: action('handoff.next.notMql') };

  const sla = rules.firstTouchSlaMinutes;
  const common = {
    systemDelayMinutes: minutes((f.assignedAt ?? asOf) - mqlAt),
    repResponseMinutes: f.assignedAt === undefined ? null : minutes((f.firstTouchAt ?? asOf) - f.assignedAt),
    firstTouchDueAt: toIso(mqlAt + sla * MINUTE_MS),
  };

  const lastStep = Math.max(mqlAt, f.salAt ?? -Infinity, f.salRejectedAt ?? -Infinity, f.sqlAt ?? -Infinity);
  if (f.recycledAt !== undefined && f.recycledAt >= lastStep) {
    return {
      ...common,
      status: 'recycled',
      minutesLeft: null,
      minutesOverdue: null,
      nextAction: action('handoff.next.reentry', { condition: describeCondition(rules.recycle.reentry, lang) }),
    };
  }

  const rejected = f.salRejectedAt !== undefined && (f.salAt === undefined || f.salRejectedAt > f.salAt);
  if (rejected) {
    const reason = f.rejectReason === undefined ? undefined : rejectReason(f.rejectReason);
    const key =
      reason?.group === 'procedural' ? 'handoff.next.reroute' : reason?.group === 'clerical' ? 'handoff.next.fixData' : reason ? 'handoff.next.recycle' : 'handoff.next.reviewRejection';
    return { ...common, status: 'rejected', minutesLeft: null, minutesOverdue: null, nextAction: action(key, { reason: reason ? localText(reason.label, lang) : (f.rejectReason ?? '-') }) };
  }

  if (f.salAt !== undefined) {
    if (f.sqlAt !== undefined) return { ...common, status: 'accepted', minutesLeft: null, minutesOverdue: null, nextAction: action('handoff.next.feedback') };
    const recycleDue = f.salAt + rules.recycle.afterDays * 1440 * MINUTE_MS;
    if (asOf > recycleDue) {
      return { ...common, status: 'accepted', minutesLeft: null, minutesOverdue: minutes(asOf - recycleDue), nextAction: action('handoff.next.recycleNoProgress', { days: rules.recycle.afterDays }) };
    }
    return { ...common, status: 'accepted', minutesLeft: minutes(recycleDue - asOf), minutesOverdue: null, nextAction: action('handoff.next.qualify', { days: rules.recycle.afterDays }) };
  }

  if (f.firstTouchAt !== undefined) {
    const late = minutes(f.firstTouchAt - mqlAt) - sla;
    const acceptDue = mqlAt + salWindowHours * 60 * MINUTE_MS;
    if (asOf > acceptDue) {
      return { ...common, status: 'breached', minutesLeft: null, minutesOverdue: minutes(asOf - acceptDue), nextAction: action('handoff.next.acceptOverdue', { hours: salWindowHours }) };
    }
    return {
      ...common,
      status: late <= 0 ? 'on-time' : 'breached',
      minutesLeft: minutes(acceptDue - asOf),
      minutesOverdue: late <= 0 ? null : late,
      nextAction: action('handoff.next.acceptOrReject', { hours: salWindowHours }),
    };
  }

  const elapsed = minutes(asOf - mqlAt);
  const reached = rules.escalation.filter((s) => s.afterMinutes <= elapsed);
  const step = reached[reached.length - 1];
  if (elapsed > sla) {
    return { ...common, status: 'breached', minutesLeft: null, minutesOverdue: elapsed - sla, nextAction: action(`handoff.next.${step?.action ?? 'notify-manager'}`, { minutes: sla }) };
  }
  const minutesLeft = sla - elapsed;
  const left = { minutes: Math.ceil(minutesLeft) };
  if (f.assignedAt === undefined) return { ...common, status: 'waiting', minutesLeft, minutesOverdue: null, nextAction: action('handoff.next.assign', left) };
  if (step) return { ...common, status: 'at-risk', minutesLeft, minutesOverdue: null, nextAction: action(`handoff.next.${step.action}`, left) };
  return { ...common, status: 'on-time', minutesLeft, minutesOverdue: null, nextAction: action('handoff.next.firstTouch', left) };
}
