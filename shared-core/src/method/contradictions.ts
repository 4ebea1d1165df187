// Prerequisites between checklist items, as data: a checked item whose
// prerequisite is unchecked is a contradiction in the answers, and is left out
// of the effective level.
import { t, type Lang, type MessageKey } from '../i18n';
import { isChecked, type AnswerSet } from './answers';
import { CHECKLIST, itemLabel, type ItemNumber } from './checklist';
import { levelForCount, type Level } from './levels';

export interface Prerequisite {
  item: ItemNumber;
  requires: ItemNumber;
  reasonKey: MessageKey;
}

const NEEDS_MA_TOOL: readonly ItemNumber[] = [4, 5, 6, 7, 8, 11, 12, 13, 14];

export const PREREQUISITES: readonly Prerequisite[] = [
  { item: 3, requires: 2, reasonKey: 'contradiction.reason.3-2' },
  { item: 6, requires: 5, reasonKey: 'contradiction.reason.6-5' },
  { item: 10, requires: 9, reasonKey: 'contradiction.reason.10-9' },
  { item: 11, requires: 4, reasonKey: 'contradiction.reason.11-4' },
  { item: 12, requires: 5, reasonKey: 'contradiction.reason.12-5' },
  // These are practices inside an MA tool.
  ...NEEDS_MA_TOOL.map((item) => ({ item, requires: 1 as ItemNumber, reasonKey: 'contradiction.reason.needs-ma-tool' as MessageKey })),
];

export function prerequisitesOf(item: ItemNumber): ItemNumber[] {
  return PREREQUISITES.filter((p) => p.item === item).map((p) => p.requires);
}

export interface Contradiction {
  item: ItemNumber;
  requires: ItemNumber;
  explanation: string;
  /** Catalog key of the reason, for a surface that re-renders the text. */
  explanationKey: MessageKey;
}

/** Contradictions in item order, then prerequisite order. */
export function findContradictions(answers: AnswerSet, lang: Lang): Contradiction[] {
  return PREREQUISITES.filter((p) => isChecked(answers, p.item) && !isChecked(answers, p.requires))
    .sort((a, b) => a.item - b.item || a.requires - b.requires)
    .map((p) => ({
      item: p.item,
      requires: p.requires,
      explanationKey: p.reasonKey,
      explanation: t(lang, 'contradiction.explanation', {
        item: p.item,
        itemLabel: itemLabel(lang, p.item),
        requires: p.requires,
        requiresLabel: itemLabel(lang, p.requires),
        reason: t(lang, p.reasonKey),
      }),
    }));
}

/**
 * Checked items whose prerequisites are all consistently checked. Computed as
 * a fixed point so a chain (a needs b needs c) stays correct if rules change.
 */
export function consistentItems(answers: AnswerSet): ItemNumber[] {
  const consistent = new Set(CHECKLIST.filter((i) => isChecked(answers, i.number)).map((i) => i.number));
  let changed = true;
  while (changed) {
    changed = false;
    for (const item of [...consistent]) {
      if (prerequisitesOf(item).some((req) => !consistent.has(req))) {
        consistent.delete(item);
        changed = true;
      }
    }
  }
  return [...consistent].sort((a, b) => a - b);
}

export function effectiveLevelOf(answers: AnswerSet): Level {
  return levelForCount(consistentItems(answers).length);
}
