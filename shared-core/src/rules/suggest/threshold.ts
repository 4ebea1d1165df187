// The suggested model's MQL threshold: a whole number of points, chosen on
// the fit period only, for an MQL volume or for a precision.

export interface ThresholdChoice {
  threshold: number;
  /** MQLs in the fit period at that threshold, and how many of them reached the outcome. */
  mql: number;
  positives: number;
}

/** Scores highest first, with their outcomes beside them. */
function ranked(totals: ArrayLike<number>, positive: ArrayLike<number>): { total: number; positive: boolean }[] {
  return Array.from({ length: totals.length }, (_, i) => ({ total: totals[i] as number, positive: Boolean(positive[i]) })).sort((x, y) => y.total - x.total);
}

const countAtOrAbove = (list: { total: number; positive: boolean }[], threshold: number): ThresholdChoice => {
  let mql = 0;
  let positives = 0;
  for (const s of list) {
    if (s.total < threshold) break;
    mql++;
    if (s.positive) positives++;
  }
  return { threshold, mql, positives };
};

/**
 * The whole threshold whose MQL count comes closest to `volume` (the higher
 * threshold on a tie). Many leads can share a score (every lead without a
 * counted rule scores 0), so the count can jump past the volume; the
 * threshold just above the jump may then be closer.
 */
export function thresholdForVolume(totals: ArrayLike<number>, positive: ArrayLike<number>, volume: number): ThresholdChoice {
  const list = ranked(totals, positive);
  const kth = list[Math.min(Math.max(volume, 1), list.length) - 1];
  if (kth === undefined) return { threshold: 0, mql: 0, positives: 0 };
  const atLeast = countAtOrAbove(list, Math.floor(kth.total));
  const fewer = countAtOrAbove(list, Math.floor(kth.total) + 1);
  return Math.abs(fewer.mql - volume) <= Math.abs(atLeast.mql - volume) ? fewer : atLeast;
}

/**
 * The lowest whole threshold (most MQLs) whose MQLs reach the outcome at
 * least at `precision`; null when none does. Thresholds are tried at each
 * score rounded down, the only places where the MQLs change.
 */
export function thresholdForPrecision(totals: ArrayLike<number>, positive: ArrayLike<number>, precision: number): ThresholdChoice | null {
  const list = ranked(totals, positive);
  let best: ThresholdChoice | null = null;
  let positives = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as { total: number; positive: boolean };
    if (s.positive) positives++;
    const threshold = Math.floor(s.total);
    const next = list[i + 1];
    // Decide once every lead at or above this whole threshold is counted.
    if (next !== undefined && Math.floor(next.total) >= threshold) continue;
    if (positives / (i + 1) >= precision) best = { threshold, mql: i + 1, positives };
  }
  return best;
}
