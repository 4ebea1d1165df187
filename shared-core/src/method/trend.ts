// Level and checks over time, from earlier diagnoses to today's.
import { checkedItems, type AnswerSet } from './answers';
import type { ItemNumber } from './checklist';
import { levelForCount, type Level } from './levels';

export interface TrendPoint {
  takenAt: string;
  level: Level;
  checkedCount: number;
  /** Items checked here but not at the previous point. */
  gained: ItemNumber[];
  /** Items checked at the previous point but not here. */
  lost: ItemNumber[];
}

export interface Trend {
  /** Oldest first; the last point is today's diagnosis (taken at asOf). */
  points: TrendPoint[];
  /** Since the first point. */
  gained: ItemNumber[];
  lost: ItemNumber[];
  levelChange: number;
}

export interface Snapshot {
  takenAt: number;
  answers: AnswerSet;
}

function difference(a: readonly ItemNumber[], b: readonly ItemNumber[]): ItemNumber[] {
  return a.filter((item) => !b.includes(item));
}

export function trendOf(history: readonly Snapshot[], today: Snapshot): Trend {
  const ordered = [...history].sort((a, b) => a.takenAt - b.takenAt);
  ordered.push(today);
  const points: TrendPoint[] = [];
  let previous: ItemNumber[] | null = null;
  for (const snapshot of ordered) {
    const checked = checkedItems(snapshot.answers);
    points.push({
      takenAt: new Date(snapshot.takenAt).toISOString(),
      level: levelForCount(checked.length),
      checkedCount: checked.length,
      gained: previous === null ? [] : difference(checked, previous),
      lost: previous === null ? [] : difference(previous, checked),
    });
    previous = checked;
  }
  const first = checkedItems((ordered[0] as Snapshot).answers);
  const last = checkedItems(today.answers);
  return {
    points,
    gained: difference(last, first),
    lost: difference(first, last),
    levelChange: levelForCount(last.length) - levelForCount(first.length),
  };
}
