// The seed's self-diagnosis checklist: 15 items in its order. Numbers are the
// contract (answers are keyed "1".."15"); ids are stable names for code and CRMs.
import { t, type Lang, type MessageKey } from '../i18n';

export const CATEGORIES = ['tool', 'data', 'scoring', 'automation', 'integration', 'organisation', 'improvement'] as const;
export type Category = (typeof CATEGORIES)[number];

export const ITEM_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
export type ItemNumber = (typeof ITEM_NUMBERS)[number];
export type LevelBand = 1 | 2 | 3 | 4 | 5;

export interface ChecklistItem {
  number: ItemNumber;
  id: string;
  category: Category;
  /** The level that checking the items in order up to this one reaches (1-3 -> 1, 4-6 -> 2, 7-10 -> 3, 11-13 -> 4, 14-15 -> 5). */
  levelBand: LevelBand;
  labelKey: MessageKey;
}

const item = (number: ItemNumber, id: string, category: Category, levelBand: LevelBand): ChecklistItem => ({
  number,
  id,
  category,
  levelBand,
  labelKey: `item.${number}` as MessageKey,
});

export const CHECKLIST: readonly ChecklistItem[] = [
  item(1, 'ma-tool', 'tool', 1),
  item(2, 'email-lists', 'data', 1),
  item(3, 'segment-email', 'automation', 1),
  item(4, 'behaviour-tracking', 'data', 2),
  item(5, 'scoring-rules', 'scoring', 2),
  item(6, 'score-prioritisation', 'scoring', 2),
  item(7, 'scenario-workflows', 'automation', 3),
  item(8, 'crm-sfa-integration', 'integration', 3),
  item(9, 'marketing-is-data-sharing', 'organisation', 3),
  item(10, 'cross-department-kpis', 'organisation', 3),
  item(11, 'real-time-response', 'automation', 4),
  item(12, 'predictive-ai', 'scoring', 4),
  item(13, 'personalised-content', 'automation', 4),
  item(14, 'pdca-cycle', 'improvement', 5),
  item(15, 'improvement-plan', 'improvement', 5),
];

export function isItemNumber(value: number): value is ItemNumber {
  return Number.isInteger(value) && value >= 1 && value <= 15;
}

export function checklistItem(number: ItemNumber): ChecklistItem {
  return CHECKLIST[number - 1] as ChecklistItem;
}

/** Comparator: the item that unlocks a level first (lower level band, then the seed's order). */
export function unlockOrder(a: ItemNumber, b: ItemNumber): number {
  return checklistItem(a).levelBand - checklistItem(b).levelBand || a - b;
}

export function itemLabel(lang: Lang, number: ItemNumber): string {
  return t(lang, checklistItem(number).labelKey);
}

export function categoryLabel(lang: Lang, category: Category): string {
  return t(lang, `category.${category}`);
}
