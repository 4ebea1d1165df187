// The seed defines MA maturity by three axes: 組織プロセス, データ管理 and
// 自動化度. Every checklist item belongs to exactly one axis (a contract, as
// data); a profile is the share of each axis' items that are checked, so an
// organisation sees where it is weak, not only how many boxes it ticked.
import { isChecked, type AnswerSet } from './answers';
import { unlockOrder, type ItemNumber } from './checklist';

export const AXES = ['process', 'data', 'automation'] as const;
export type Axis = (typeof AXES)[number];

/** Which items measure which axis: every item exactly once (checked by a test). */
export const AXIS_ITEMS: Readonly<Record<Axis, readonly ItemNumber[]>> = {
  process: [6, 10, 14, 15],
  data: [2, 3, 4, 8, 9],
  automation: [1, 5, 7, 11, 12, 13],
};

export interface AxisScore {
  axis: Axis;
  items: ItemNumber[];
  checked: number;
  total: number;
  /** checked / total, full precision (surfaces round). */
  share: number;
}

/** The profile in the order process, data, automation. */
export type Profile = AxisScore[];

export interface WeakestAxis {
  axis: Axis;
  share: number;
  /** The axis' unchecked items, those that unlock the next level first (level band, then the seed's order). */
  items: ItemNumber[];
}

export function axisOf(item: ItemNumber): Axis {
  return AXES.find((axis) => AXIS_ITEMS[axis].includes(item)) as Axis;
}

export function profileOf(answers: AnswerSet): Profile {
  return AXES.map((axis) => {
    const items = [...AXIS_ITEMS[axis]];
    const checked = items.filter((item) => isChecked(answers, item)).length;
    return { axis, items, checked, total: items.length, share: checked / items.length };
  });
}

/**
 * The axis to work on first: the lowest share. On a tie, the axis whose first
 * unchecked item comes first in unlock order (lower level band, then the
 * seed's order), because that item also moves the level soonest. Every item
 * is on one axis only, so this never ties again. Null when everything is checked.
 */
export function weakestAxisOf(profile: Profile, answers: AnswerSet): WeakestAxis | null {
  const candidates = profile
    .filter((score) => score.checked < score.total)
    .map((score) => ({
      axis: score.axis,
      share: score.share,
      items: score.items.filter((item) => !isChecked(answers, item)).sort(unlockOrder),
    }));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.share - b.share || unlockOrder(a.items[0] as ItemNumber, b.items[0] as ItemNumber));
  return candidates[0] as WeakestAxis;
}
