import { z } from '../../zod';
import { t, type Lang } from '../../i18n';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { parseAsOf, toIso } from '../asOf';
import { DefinitionSetSchema, type DefinitionSet } from '../definitions/schema';
import { rejectReason, type RejectReasonGroup } from '../handoff/rejectReasons';
import { localText } from '../text';
import { accepted, cycleFacts, latestCycle } from './cycle';
import { StoredFactsSchema, storedFactsAsOf, type StoredFacts } from './storedFacts';

// What a rep may do with a handed-off lead, and exactly what each step writes.
// Accept (SAL) and reject happen once per MQL cycle and each counts as the
// first touch when the cycle has none; recycling sends the lead back to
// nurture until it re-enters. The reasons offered are the agreed set's.

export const HANDOFF_ACTIONS = ['accept', 'reject', 'recycle'] as const;
export type HandoffAction = (typeof HANDOFF_ACTIONS)[number];

export interface HandoffActionOption {
  action: HandoffAction;
  allowed: boolean;
  /** Why not, in the requested language (null when allowed). */
  why: string | null;
  /** Whether taking it stops the first-touch clock (it writes `firstTouchAt`). */
  countsAsFirstTouch: boolean;
}

export interface OfferedReason {
  id: string;
  group: RejectReasonGroup | null;
  label: string;
}

/** The facts a step writes: ISO instants, and the reason of a rejection. */
export interface HandoffActionChanges {
  salAt?: string;
  salRejectedAt?: string;
  rejectReason?: string;
  firstTouchAt?: string;
  recycledAt?: string;
}

/** The reject reasons the agreed set offers, labelled. */
export function offeredRejectReasons(set: DefinitionSet, lang: Lang): OfferedReason[] {
  return set.stages.sal.rejectReasons.map((id) => {
    const r = rejectReason(id);
    return { id, group: r?.group ?? null, label: r ? localText(r.label, lang) : id };
  });
}

/** Why an action cannot be taken on these facts now (a message key), or null. */
function blockedBy(f: StoredFacts, action: HandoffAction): string | null {
  const cycle = latestCycle(f);
  if (!cycle) return 'handoff.action.notMql';
  if (!cycle.open) return 'handoff.action.recycled';
  const c = cycleFacts(f, cycle.mqlAt);
  if (c.sqlAt !== undefined) return 'handoff.action.sql';
  if (action === 'recycle') return null;
  if (accepted(c)) return 'handoff.action.accepted';
  if (c.salRejectedAt !== undefined) return 'handoff.action.rejected';
  return null;
}

const firstTouchOf = (f: StoredFacts): number | undefined => {
  const cycle = latestCycle(f);
  return cycle ? cycleFacts(f, cycle.mqlAt).firstTouchAt : undefined;
};

interface Parsed {
  facts: StoredFacts;
  set: DefinitionSet;
  at: number;
}

function parseAll(facts: unknown, set: unknown, at: unknown): Result<Parsed> {
  const f = parseWith(StoredFactsSchema, facts, 'facts');
  const s = parseWith(DefinitionSetSchema, set, 'definitions');
  const when = parseAsOf(at, 'at');
  const issues: Issue[] = [...(f.ok ? [] : f.issues), ...(s.ok ? [] : s.issues), ...(when.ok ? [] : when.issues)];
  if (!f.ok || !s.ok || !when.ok) return fail(issues);
  return ok({ facts: storedFactsAsOf(f.value, when.value), set: s.value, at: when.value });
}

/** Every action with whether it is allowed now and why not, and the reasons a rejection may give. */
export function handoffActionOptions(
  facts: unknown,
  set: unknown,
  asOf: string | Date,
  options: { lang?: Lang } = {},
): Result<{ actions: HandoffActionOption[]; reasons: OfferedReason[] }> {
  const lang = options.lang ?? 'ja';
  const p = parseAll(facts, set, asOf);
  if (!p.ok) return p;
  const untouched = firstTouchOf(p.value.facts) === undefined;
  const actions = HANDOFF_ACTIONS.map((action) => {
    const why = blockedBy(p.value.facts, action);
    return { action, allowed: why === null, why: why === null ? null : t(lang, why), countsAsFirstTouch: action !== 'recycle' && untouched };
  });
  return ok({ actions, reasons: offeredRejectReasons(p.value.set, lang) });
}

const StepSchema = z.strictObject({
  action: z.enum(HANDOFF_ACTIONS),
  reason: z.string().optional(),
  at: z.union([z.string(), z.date()]),
});

/**
 * The facts one rep's step writes at `at`, or why it is refused: not an MQL,
 * already decided, recycled, an SQL; a rejection without one of the agreed
 * set's reasons; a reason on anything but a rejection.
 */
export function takeHandoffAction(
  facts: unknown,
  set: unknown,
  step: { action: string; reason?: string; at: string | Date },
  options: { lang?: Lang } = {},
): Result<HandoffActionChanges> {
  const lang = options.lang ?? 'ja';
  const s = parseWith(StepSchema, step);
  if (!s.ok) return s;
  const p = parseAll(facts, set, s.value.at);
  if (!p.ok) return p;
  const { action, reason } = s.value;
  const { facts: f, set: defs, at } = p.value;
  const why = blockedBy(f, action);
  if (why) return fail([{ path: 'action', code: 'not_allowed', message: t(lang, why) }]);
  if (action === 'reject' && !defs.stages.sal.rejectReasons.includes(reason ?? '')) {
    return fail([{ path: 'reason', code: 'invalid_reason', message: t(lang, 'handoff.action.reasonRequired', { reasons: defs.stages.sal.rejectReasons.join(', ') }) }]);
  }
  if (action !== 'reject' && reason !== undefined) return fail([{ path: 'reason', code: 'unexpected_reason', message: t(lang, 'handoff.action.reasonOnlyOnReject') }]);
  const now = toIso(at);
  const touch: HandoffActionChanges = firstTouchOf(f) === undefined ? { firstTouchAt: now } : {};
  if (action === 'accept') return ok({ salAt: now, ...touch });
  if (action === 'reject') return ok({ salRejectedAt: now, rejectReason: reason as string, ...touch });
  return ok({ recycledAt: now });
}
