import type { BacktestReport } from '../backtest/backtest';

// What a surface shows of a suggestion beside the model in force, the same
// on every surface: the held-out backtest figures in order (each row read
// from the two backtests, formatted by its kind), which of them the chart
// draws, and a rule's change of points in words. The surfaces only label
// (`suggestion.<key>`) and format.

export type SuggestionFigureKind = 'count' | 'rate' | 'score';

export interface SuggestionFigure {
  /** The row's text key after `suggestion.`. */
  key: string;
  kind: SuggestionFigureKind;
  read: (report: BacktestReport) => number | null;
  /** Shown with the backtest's MQL threshold beside it: "12 (70)". */
  withThreshold?: boolean;
  /** Drawn in the rates chart beside the table. */
  charted?: boolean;
}

export const SUGGESTION_BACKTEST_FIGURES: readonly SuggestionFigure[] = [
  { key: 'heldOutLeads', kind: 'count', read: (r) => r.leads },
  { key: 'mqls', kind: 'count', read: (r) => r.mql.count, withThreshold: true },
  { key: 'mqlOpportunities', kind: 'count', read: (r) => r.mql.opportunities },
  { key: 'mqlWon', kind: 'count', read: (r) => r.mql.won },
  { key: 'mqlOpportunityRate', kind: 'rate', read: (r) => r.mql.opportunityRate, charted: true },
  { key: 'mqlWonRate', kind: 'rate', read: (r) => r.mql.wonRate, charted: true },
  { key: 'nonMqlWonRate', kind: 'rate', read: (r) => r.nonMql.wonRate, charted: true },
  { key: 'liftWon', kind: 'score', read: (r) => r.lift.won },
];

/** A change of points as the rules table shows it: "+20", "−4" (a minus sign), "±0". */
export function pointsChange(from: number, to: number): string {
  const n = to - from;
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0';
}
