import { fail, ok, type Issue, type Result } from '../../result';
import { parseAsOf } from '../asOf';
import { prepareModel } from '../scoring/score';
import type { Grade } from '../scoring/result';
import type { CompiledModel, ScoreFigures } from '../scoring/compile';
import type { ScoringModel, ScoringModelInput } from '../scoring/model';
import { historyList, outcomeOf, parseHistoryLead, repeatedHistoryIds, type HistoryLead } from './history';
import { addTo, emptyTally, segment, type Segment, type Tally } from './segment';
import { thresholdCurve, thresholdForPrecision, thresholdForVolume, type ScoredOutcome, type ThresholdPoint } from './threshold';

export interface BacktestOptions {
  /** When leads without their own `scoredAt` are scored. */
  asOf?: string | Date;
  /** Width of the score bands (default 10). */
  bandWidth?: number;
  targetMqlVolume?: number;
  /** Target share of MQLs that became opportunities (0..1). */
  targetPrecision?: number;
  /** Called every few thousand leads, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
}

export interface BacktestReport {
  leads: number;
  opportunities: number;
  won: number;
  /** The model's MQL threshold, or null. */
  threshold: number | null;
  mql: Segment;
  nonMql: Segment;
  /** How much better MQLs convert than non-MQLs (ratio of rates), null when undefined. */
  lift: { opportunity: number | null; won: number | null };
  byGrade: (Segment & { grade: Grade })[];
  /** Score bands, highest first: `from` <= total < `to`. */
  byBand: (Segment & { from: number; to: number })[];
  /** What a threshold at each band edge would have produced. */
  thresholds: ThresholdPoint[];
  suggested: {
    forVolume: (ThresholdPoint & { target: number; reached: boolean }) | null;
    forPrecision: (ThresholdPoint & { target: number }) | null;
  };
}

/** Scores of one history under one model, with the outcomes beside them. */
export interface ScoredHistory {
  results: ScoreFigures[];
  outcomes: { opportunity: boolean; won: boolean }[];
}

const PROGRESS_EVERY = 5000;

/** The moment a past lead is scored: its own scoredAt, else the caller's asOf. */
export function scoringMoment(lead: HistoryLead, index: number, fallback: number | undefined): Result<number> {
  const at = lead.scoredAt ?? fallback;
  return at === undefined
    ? fail([{ path: `leads[${index}].scoredAt`, code: 'required', message: 'a scoring date is needed: give scoredAt or the asOf option' }])
    : ok(at);
}

/** The caller's asOf for leads without scoredAt, checked (undefined when not given). */
export function fallbackAsOf(asOf: string | Date | undefined): Result<number | undefined> {
  return asOf === undefined ? ok(undefined) : parseAsOf(asOf);
}

/**
 * Reads a history lead by lead: each past lead is parsed, scored by every
 * model as of its scoredAt (else `asOf`) and let go, so 100,000 leads never
 * hold their 2,000,000 parsed events at once. Every bad lead is listed; then
 * nothing is scored. One ScoredHistory per model, in the order given.
 */
export function scoreHistory(
  models: readonly CompiledModel[],
  history: unknown,
  asOf: string | Date | undefined,
  onProgress?: (done: number, total: number) => void,
): Result<ScoredHistory[]> {
  const list = historyList(history);
  const fallback = fallbackAsOf(asOf);
  if (!list.ok || !fallback.ok) return fail([...(list.ok ? [] : list.issues), ...(fallback.ok ? [] : fallback.issues)]);
  const total = list.value.length;
  const scored: ScoredHistory[] = models.map(() => ({ results: new Array<ScoreFigures>(total), outcomes: new Array(total) }));
  const issues: Issue[] = [];
  const ids: { id?: string | undefined }[] = new Array(total);
  for (let i = 0; i < total; i++) {
    const lead = parseHistoryLead(list.value[i], i);
    ids[i] = lead.ok ? { id: lead.value.id } : {};
    const at = lead.ok ? scoringMoment(lead.value, i, fallback.value) : lead;
    if (!lead.ok || !at.ok) {
      issues.push(...(at.ok ? [] : at.issues));
      continue;
    }
    if (issues.length) continue; // still listing problems: nothing is scored
    const outcome = outcomeOf(lead.value);
    models.forEach((model, m) => {
      const into = scored[m] as ScoredHistory;
      into.results[i] = model.figures(lead.value, at.value);
      into.outcomes[i] = outcome;
    });
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, total);
  }
  if (issues.length) return fail(issues);
  // Results are matched to leads by id: each is used once.
  const repeated = repeatedHistoryIds(ids);
  if (repeated.length) return fail(repeated);
  onProgress?.(total, total);
  return ok(scored);
}

export function reportOf(model: ScoringModel, scored: ScoredHistory, options: BacktestOptions): BacktestReport {
  const width = options.bandWidth ?? 10;
  const all = emptyTally();
  const mql = emptyTally();
  const nonMql = emptyTally();
  const grades: Record<Grade, Tally> = { A: emptyTally(), B: emptyTally(), C: emptyTally(), D: emptyTally() };
  const bands = new Map<number, Tally>();
  const points: ScoredOutcome[] = [];
  scored.results.forEach((r, i) => {
    const outcome = scored.outcomes[i] as { opportunity: boolean; won: boolean };
    addTo(all, outcome);
    addTo(r.mql ? mql : nonMql, outcome);
    addTo(grades[r.grade], outcome);
    const band = Math.floor(r.total / width);
    let t = bands.get(band);
    if (!t) bands.set(band, (t = emptyTally()));
    addTo(t, outcome);
    points.push({ total: r.total, ...outcome });
  });
  const curve = thresholdCurve(points);
  const m = segment(mql);
  const n = segment(nonMql);
  const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
  const bandKeys = [...bands.keys()].sort((a, b) => b - a);
  const thresholds: ThresholdPoint[] = [];
  for (const k of bandKeys) {
    const edge = k * width;
    // The curve is highest first: the last point at or above the edge holds every lead >= edge.
    let point: ThresholdPoint | undefined;
    for (const p of curve) {
      if (p.threshold >= edge) point = p;
      else break;
    }
    if (point) thresholds.push({ ...point, threshold: edge });
  }
  const volume = options.targetMqlVolume === undefined ? null : thresholdForVolume(curve, options.targetMqlVolume);
  const precision = options.targetPrecision === undefined ? null : thresholdForPrecision(curve, options.targetPrecision);
  return {
    leads: all.count,
    opportunities: all.opportunities,
    won: all.won,
    threshold: model.thresholds?.mql ?? null,
    mql: m,
    nonMql: n,
    lift: { opportunity: ratio(m.opportunityRate, n.opportunityRate), won: ratio(m.wonRate, n.wonRate) },
    byGrade: (['A', 'B', 'C', 'D'] as const).map((grade) => ({ grade, ...segment(grades[grade]) })),
    byBand: bandKeys.map((k) => ({ from: k * width, to: (k + 1) * width, ...segment(bands.get(k) as Tally) })),
    thresholds,
    suggested: {
      forVolume: volume && { ...volume, target: options.targetMqlVolume as number },
      forPrecision: precision && { ...precision, target: options.targetPrecision as number },
    },
  };
}

export function optionIssues(options: BacktestOptions): Issue[] {
  const issues: Issue[] = [];
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  // At least 0.01, so that score / bandWidth stays finite for any score.
  if (options.bandWidth !== undefined && !(positive(options.bandWidth) && options.bandWidth >= 0.01)) {
    issues.push({ path: 'bandWidth', code: 'too_small', message: 'bandWidth must be a number of at least 0.01' });
  }
  if (options.targetMqlVolume !== undefined && !(Number.isInteger(options.targetMqlVolume) && options.targetMqlVolume > 0)) {
    issues.push({ path: 'targetMqlVolume', code: 'too_small', message: 'targetMqlVolume must be a whole number greater than 0' });
  }
  if (options.targetPrecision !== undefined && !(positive(options.targetPrecision) && options.targetPrecision <= 1)) {
    issues.push({ path: 'targetPrecision', code: 'too_big', message: 'targetPrecision must be a share between 0 and 1' });
  }
  return issues;
}

/**
 * Runs a model over past leads with known outcomes: conversion by band and
 * grade, what the MQL threshold would have produced, its lift, and a
 * threshold suggested for a target volume or precision.
 */
export function backtest(model: ScoringModel | ScoringModelInput, history: unknown, options: BacktestOptions = {}): Result<BacktestReport> {
  const prepared = prepareModel(model);
  const bad = optionIssues(options);
  // Without a valid model the history is still read, so every problem shows at once.
  const scored = scoreHistory(prepared.ok && !bad.length ? [prepared.value] : [], history, options.asOf, options.onProgress);
  if (!prepared.ok || !scored.ok || bad.length) return fail([...(prepared.ok ? [] : prepared.issues), ...(scored.ok ? [] : scored.issues), ...bad]);
  return ok(reportOf(prepared.value.model, scored.value[0] as ScoredHistory, options));
}
