import { rate } from '../kpi/stats';

/** Outcomes of a group of past leads. */
export interface Segment {
  count: number;
  opportunities: number;
  won: number;
  /** 商談化率: opportunities / count */
  opportunityRate: number | null;
  /** 受注率: won / opportunities */
  winRate: number | null;
  /** won / count */
  wonRate: number | null;
}

export interface Tally {
  count: number;
  opportunities: number;
  won: number;
}

export const emptyTally = (): Tally => ({ count: 0, opportunities: 0, won: 0 });

export function addTo(t: Tally, outcome: { opportunity: boolean; won: boolean }): void {
  t.count++;
  if (outcome.opportunity) t.opportunities++;
  if (outcome.won) t.won++;
}

export const segment = (t: Tally): Segment => ({
  ...t,
  opportunityRate: rate(t.opportunities, t.count),
  winRate: rate(t.won, t.opportunities),
  wonRate: rate(t.won, t.count),
});
