// How well two scores rank the same leads, and whether one ranks better
// than the other beyond chance: the AUC (the chance that a random positive
// lead outscores a random negative one, ties counting half) of each, and
// DeLong's test of their difference, which accounts for both scores being
// measured on the same leads. Deterministic: no resampling.

export interface AucComparison {
  /** AUC of the first score. */
  a: number;
  /** AUC of the second score. */
  b: number;
  /** b - a */
  difference: number;
  standardError: number;
  /** One-sided: the chance of a difference this large if b ranked no better than a. */
  pValue: number;
}

/** Per positive, the share of negatives it outscores; per negative, the share of positives that outscore it (ties half). */
function placements(scores: ArrayLike<number>, positive: ArrayLike<number>): { positives: Float64Array; negatives: Float64Array } {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? pos : neg).push(scores[i] as number);
  const sortedPos = Float64Array.from(pos).sort();
  const sortedNeg = Float64Array.from(neg).sort();
  /** How many of `sorted` are below `v`, plus half of those equal to it. */
  const below = (sorted: Float64Array, v: number): number => {
    const lo = lowerBound(sorted, v);
    const hi = upperBound(sorted, v);
    return lo + (hi - lo) / 2;
  };
  return {
    positives: Float64Array.from(pos, (x) => below(sortedNeg, x) / neg.length),
    negatives: Float64Array.from(neg, (y) => (pos.length - below(sortedPos, y)) / pos.length),
  };
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const mean = (v: Float64Array): number => v.reduce((s, x) => s + x, 0) / v.length;

function covariance(x: Float64Array, y: Float64Array): number {
  if (x.length < 2) return 0;
  const mx = mean(x);
  const my = mean(y);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += ((x[i] as number) - mx) * ((y[i] as number) - my);
  return sum / (x.length - 1);
}

/** Standard normal upper tail, P(Z > z) (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** AUC of one score; needs at least one positive and one negative. */
export function auc(scores: ArrayLike<number>, positive: ArrayLike<number>): number {
  return mean(placements(scores, positive).positives);
}

/** Compares two scores of the same leads (DeLong, DeLong and Clarke-Pearson 1988). */
export function compareAuc(a: ArrayLike<number>, b: ArrayLike<number>, positive: ArrayLike<number>): AucComparison {
  const pa = placements(a, positive);
  const pb = placements(b, positive);
  const m = pa.positives.length;
  const n = pa.negatives.length;
  const aucA = mean(pa.positives);
  const aucB = mean(pb.positives);
  const variance =
    (covariance(pa.positives, pa.positives) + covariance(pb.positives, pb.positives) - 2 * covariance(pa.positives, pb.positives)) / m +
    (covariance(pa.negatives, pa.negatives) + covariance(pb.negatives, pb.negatives) - 2 * covariance(pa.negatives, pb.negatives)) / n;
  const difference = aucB - aucA;
  const standardError = Math.sqrt(Math.max(variance, 0));
  // Identical rankings: no difference and no doubt about it.
  const pValue = standardError === 0 ? (difference > 0 ? 0 : 1) : normalUpperTail(difference / standardError);
  return { a: aucA, b: aucB, difference, standardError, pValue };
}
