import type { StoredFacts } from './storedFacts';

// An MQL cycle runs from `mqlAt` until the lead is recycled: a `recycledAt`
// at or after the latest of the cycle's steps closes it (as handoffStatus and
// stageOf read a recycle). Facts dated before the cycle's `mqlAt` belong to an
// earlier cycle and decide nothing in this one.

/** The facts a cycle owns: dated before its MQL, they are an earlier cycle's. */
const CYCLE_FACTS = ['assignedAt', 'firstTouchAt', 'salAt', 'salRejectedAt', 'sqlAt', 'recycledAt'] as const;

export interface Cycle {
  mqlAt: number;
  open: boolean;
}

const latest = (...values: (number | undefined)[]): number => Math.max(-Infinity, ...values.filter((v): v is number => v !== undefined));

/** The lead's latest cycle, or null for a lead that never became MQL. */
export function latestCycle(f: StoredFacts): Cycle | null {
  if (f.mqlAt === undefined) return null;
  const closed = f.recycledAt !== undefined && f.recycledAt >= latest(f.mqlAt, f.salAt, f.salRejectedAt, f.sqlAt);
  return { mqlAt: f.mqlAt, open: !closed };
}

/** The facts of the cycle that started at `mqlAt`: earlier cycles' steps left out. */
export function cycleFacts(f: StoredFacts, mqlAt: number): StoredFacts {
  const out: StoredFacts = { ...f, mqlAt };
  for (const key of CYCLE_FACTS) {
    const at = out[key];
    if (at !== undefined && at < mqlAt) delete out[key];
  }
  if (out.salRejectedAt === undefined) delete out.rejectReason;
  return out;
}

/** Touched in the cycle: a first touch, an acceptance or a rejection stops the escalation clock. */
export const touched = (c: StoredFacts): boolean => c.firstTouchAt !== undefined || c.salAt !== undefined || c.salRejectedAt !== undefined;

/** Accepted in the cycle and not rejected after it. */
export const accepted = (c: StoredFacts): boolean => c.salAt !== undefined && !(c.salRejectedAt !== undefined && c.salRejectedAt > c.salAt);
