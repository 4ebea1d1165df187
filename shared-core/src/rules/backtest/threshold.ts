import { rate } from '../kpi/stats';

export interface ThresholdPoint {
  threshold: number;
  mql: number;
  opportunities: number;
  won: number;
  /** opportunities / mql */
  precision: number | null;
  /** opportunities captured / all opportunities */
  recall: number | null;
}

export interface ScoredOutcome {
  total: number;
  opportunity: boolean;
  won: boolean;
}

/** For every distinct score, what a threshold there would have produced (highest first). */
export function thresholdCurve(scored: readonly ScoredOutcome[]): ThresholdPoint[] {
  const sorted = [...scored].sort((a, b) => b.total - a.total);
  const allOpportunities = sorted.reduce((n, s) => n + (s.opportunity ? 1 : 0), 0);
  const curve: ThresholdPoint[] = [];
  let mql = 0, opportunities = 0, won = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as ScoredOutcome;
    mql++;
    if (s.opportunity) opportunities++;
    if (s.won) won++;
    const next = sorted[i + 1];
    if (next === undefined || next.total !== s.total) {
      curve.push({ threshold: s.total, mql, opportunities, won, precision: rate(opportunities, mql), recall: rate(opportunities, allOpportunities) });
    }
  }
  return curve;
}

/** The highest threshold that yields at least `volume` MQLs (or every lead, when there are fewer). */
export function thresholdForVolume(curve: readonly ThresholdPoint[], volume: number): (ThresholdPoint & { reached: boolean }) | null {
  const hit = curve.find((p) => p.mql >= volume);
  if (hit) return { ...hit, reached: true };
  const last = curve[curve.length - 1];
  return last ? { ...last, reached: false } : null;
}

/** The lowest threshold (most MQLs) whose precision still meets the target; null when none does. */
export function thresholdForPrecision(curve: readonly ThresholdPoint[], precision: number): ThresholdPoint | null {
  let best: ThresholdPoint | null = null;
  for (const p of curve) if (p.precision !== null && p.precision >= precision) best = p;
  return best;
}
