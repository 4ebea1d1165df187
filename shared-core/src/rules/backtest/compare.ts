import { fail, ok, type Result } from '../../result';
import type { ScoringModel, ScoringModelInput } from '../scoring/model';
import { prepareModel } from '../scoring/score';
import { optionIssues, reportOf, scoreHistory, type BacktestOptions, type BacktestReport, type ScoredHistory } from './backtest';

export interface BacktestDelta {
  mql: number;
  mqlOpportunityRate: number | null;
  mqlWinRate: number | null;
  liftOpportunity: number | null;
}

export interface ModelComparison {
  before: BacktestReport;
  after: BacktestReport;
  /** after - before; null when either side has no value. */
  delta: BacktestDelta;
  /** How individual leads moved between the two models. */
  movement: { becameMql: number; leftMql: number; gradeUp: number; gradeDown: number };
}

const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

/** The change from one backtest report to another (after - before). */
export function compareBacktests(before: BacktestReport, after: BacktestReport): BacktestDelta {
  return {
    mql: after.mql.count - before.mql.count,
    mqlOpportunityRate: minus(after.mql.opportunityRate, before.mql.opportunityRate),
    mqlWinRate: minus(after.mql.winRate, before.mql.winRate),
    liftOpportunity: minus(after.lift.opportunity, before.lift.opportunity),
  };
}

/** Two models on the same history, side by side: the normal way to judge a rule change. */
export function compareModels(
  before: ScoringModel | ScoringModelInput,
  after: ScoringModel | ScoringModelInput,
  history: unknown,
  options: BacktestOptions = {},
): Result<ModelComparison> {
  const a = prepareModel(before);
  const b = prepareModel(after);
  const bad = optionIssues(options);
  // One pass over the history scores each lead under both models (or only reads it, to list its problems).
  const scored = scoreHistory(a.ok && b.ok && !bad.length ? [a.value, b.value] : [], history, options.asOf, options.onProgress);
  if (!a.ok || !b.ok || !scored.ok || bad.length) {
    const renamed = (r: typeof a, prefix: string) => (r.ok ? [] : r.issues.map((i) => ({ ...i, path: i.path.replace(/^model/, prefix) })));
    return fail([...renamed(a, 'model'), ...renamed(b, 'compare'), ...(scored.ok ? [] : scored.issues), ...bad]);
  }
  const [sa, sb] = scored.value as [ScoredHistory, ScoredHistory];
  const ra = reportOf(a.value.model, sa, options);
  const rb = reportOf(b.value.model, sb, options);
  const movement = { becameMql: 0, leftMql: 0, gradeUp: 0, gradeDown: 0 };
  sa.results.forEach((x, i) => {
    const y = sb.results[i];
    if (!y) return;
    if (!x.mql && y.mql) movement.becameMql++;
    if (x.mql && !y.mql) movement.leftMql++;
    // Letters sort A < B < C < D, so a smaller letter is a better grade.
    if (y.grade < x.grade) movement.gradeUp++;
    if (y.grade > x.grade) movement.gradeDown++;
  });
  return ok({ before: ra, after: rb, delta: compareBacktests(ra, rb), movement });
}
