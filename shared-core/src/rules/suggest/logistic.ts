// L2-regularised logistic regression, fitted by Newton's method: a handful
// of exact, deterministic steps (no learning rate, no random start), which a
// reviewer can check against any statistics package.

export interface LogisticFit {
  intercept: number;
  /** One weight per feature column, in log-odds per unit of the feature. */
  weights: Float64Array;
  iterations: number;
}

/** Features as rows: row i's column j at `x[i * columns + j]`. */
export interface Design {
  x: Float64Array;
  rows: number;
  columns: number;
  /** 1 or 0 per row. */
  y: Uint8Array;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

/** log(1 + e^eta) without overflow. */
const softplus = (eta: number): number => (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta)));

function linearPredictor(d: Design, intercept: number, weights: Float64Array, i: number): number {
  let eta = intercept;
  const base = i * d.columns;
  for (let j = 0; j < d.columns; j++) eta += (d.x[base + j] as number) * (weights[j] as number);
  return eta;
}

/** The penalised log-likelihood the fit maximises (the intercept is not penalised). */
function objective(d: Design, intercept: number, weights: Float64Array, l2: number): number {
  let value = 0;
  for (let i = 0; i < d.rows; i++) {
    const eta = linearPredictor(d, intercept, weights, i);
    value += (d.y[i] as number) * eta - softplus(eta);
  }
  let penalty = 0;
  for (let j = 0; j < d.columns; j++) penalty += (weights[j] as number) ** 2;
  return value - (l2 / 2) * penalty;
}

/** Solves A z = b for a symmetric positive definite A (n x n, row-major) by Cholesky; A is overwritten. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j] as number;
    for (let k = 0; k < j; k++) diagonal -= (a[j * n + k] as number) ** 2;
    if (!(diagonal > 0)) throw new Error('the system is not positive definite');
    const l = Math.sqrt(diagonal);
    a[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let v = a[i * n + j] as number;
      for (let k = 0; k < j; k++) v -= (a[i * n + k] as number) * (a[j * n + k] as number);
      a[i * n + j] = v / l;
    }
  }
  const z = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let v = z[i] as number;
    for (let k = 0; k < i; k++) v -= (a[i * n + k] as number) * (z[k] as number);
    z[i] = v / (a[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = z[i] as number;
    for (let k = i + 1; k < n; k++) v -= (a[k * n + i] as number) * (z[k] as number);
    z[i] = v / (a[i * n + i] as number);
  }
  return z;
}

/**
 * Maximises sum(y log p + (1 - y) log(1 - p)) - l2/2 |w|^2 with
 * p = 1 / (1 + e^-(b + x.w)). Each Newton step solves the (p+1)-square
 * system of the gradient and Hessian and is halved until the objective does
 * not fall, so the fit converges for any data (l2 > 0 keeps it bounded even
 * when a feature separates the outcomes).
 */
export function fitLogistic(d: Design, l2: number): LogisticFit {
  const n = d.columns + 1; // the intercept is parameter 0
  let intercept = 0;
  let weights = new Float64Array(d.columns);
  let current = objective(d, intercept, weights, l2);
  let iterations = 0;
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n * n);
  const row = new Float64Array(n);
  row[0] = 1;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    gradient.fill(0);
    hessian.fill(0);
    for (let i = 0; i < d.rows; i++) {
      const eta = linearPredictor(d, intercept, weights, i);
      const p = 1 / (1 + Math.exp(-eta));
      const residual = (d.y[i] as number) - p;
      const w = p * (1 - p);
      const base = i * d.columns;
      for (let j = 0; j < d.columns; j++) row[j + 1] = d.x[base + j] as number;
      for (let a = 0; a < n; a++) {
        const ra = row[a] as number;
        gradient[a] = (gradient[a] as number) + ra * residual;
        if (ra === 0) continue;
        const wa = w * ra;
        for (let b = 0; b <= a; b++) hessian[a * n + b] = (hessian[a * n + b] as number) + wa * (row[b] as number);
      }
    }
    for (let a = 1; a < n; a++) {
      gradient[a] = (gradient[a] as number) - l2 * (weights[a - 1] as number);
      hessian[a * n + a] = (hessian[a * n + a] as number) + l2;
    }
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) hessian[a * n + b] = hessian[b * n + a] as number;
    const step = solveSpd(hessian, gradient, n);
    let scale = 1;
    let nextIntercept = intercept;
    let nextWeights = weights;
    let next = current;
    for (let halvings = 0; halvings < 30; halvings++) {
      nextIntercept = intercept + scale * (step[0] as number);
      nextWeights = weights.map((w, j) => w + scale * (step[j + 1] as number));
      next = objective(d, nextIntercept, nextWeights, l2);
      if (next >= current) break;
      scale /= 2;
    }
    let largest = 0;
    for (const s of step) largest = Math.max(largest, Math.abs(s * scale));
    if (next < current) break; // no step improves: at the optimum within rounding
    intercept = nextIntercept;
    weights = nextWeights;
    current = next;
    if (largest < TOLERANCE) break;
  }
  return { intercept, weights, iterations };
}
