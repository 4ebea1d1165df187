// The seed's five failure patterns (よくある失敗パターン), detected by rules kept
// as data with a closed set of conditions. Each finding carries the evidence
// that triggered it: checklist items, or an earlier diagnosis.
import { t, type Lang, type MessageKey } from '../i18n';
import { DAY_MS } from '../dates';
import { isChecked, type AnswerSet } from './answers';
import type { ItemNumber } from './checklist';
import type { Level } from './levels';

/** In the seed's order. */
export const FAILURE_PATTERN_IDS = [
  'no-action-after-diagnosis',
  'feature-first',
  'organisation-postponed',
  'scoring-unused',
  'kpi-not-unified',
] as const;
export type FailurePatternId = (typeof FAILURE_PATTERN_IDS)[number];

export type PatternCondition =
  /** At least `min` (default 1) of `items` are checked. */
  | { kind: 'checked'; items: ItemNumber[]; min?: number }
  /** At least `min` (default 1) of `items` are unchecked. */
  | { kind: 'unchecked'; items: ItemNumber[]; min?: number }
  | { kind: 'all'; of: PatternCondition[] }
  | { kind: 'any'; of: PatternCondition[] }
  | { kind: 'levelBelow'; level: Level }
  /** The history holds a diagnosis taken `days` or more before asOf whose level is at least today's. */
  | { kind: 'levelNotRisenSince'; days: number };

export interface FailurePatternRule {
  id: FailurePatternId;
  when: PatternCondition;
}

/** No pattern is reported while this holds false: without an MA tool they say nothing useful. */
export const FAILURE_PATTERN_GUARD: PatternCondition = { kind: 'checked', items: [1] };

export const FAILURE_PATTERN_RULES: readonly FailurePatternRule[] = [
  {
    id: 'no-action-after-diagnosis',
    when: {
      kind: 'any',
      of: [
        { kind: 'unchecked', items: [15] },
        { kind: 'all', of: [{ kind: 'levelBelow', level: 5 }, { kind: 'levelNotRisenSince', days: 90 }] },
      ],
    },
  },
  {
    id: 'feature-first',
    when: { kind: 'all', of: [{ kind: 'checked', items: [11, 12, 13] }, { kind: 'unchecked', items: [4, 5, 6] }] },
  },
  {
    id: 'organisation-postponed',
    when: {
      kind: 'all',
      of: [
        { kind: 'checked', items: [7, 8, 11, 12, 13], min: 2 },
        { kind: 'unchecked', items: [9, 10, 14], min: 2 },
      ],
    },
  },
  {
    id: 'scoring-unused',
    when: {
      kind: 'any',
      of: [
        { kind: 'unchecked', items: [5] },
        { kind: 'all', of: [{ kind: 'checked', items: [5] }, { kind: 'unchecked', items: [6] }] },
      ],
    },
  },
  {
    id: 'kpi-not-unified',
    when: { kind: 'all', of: [{ kind: 'unchecked', items: [10] }, { kind: 'checked', items: [8, 9] }] },
  },
];

export type Evidence =
  | { type: 'item'; item: ItemNumber; checked: boolean }
  | { type: 'history'; takenAt: string; level: Level; daysBefore: number };

export interface PatternContext {
  answers: AnswerSet;
  level: Level;
  asOf: number;
  history: readonly { takenAt: number; level: Level }[];
}

interface Outcome {
  met: boolean;
  evidence: Evidence[];
}

export function evaluatePatternCondition(condition: PatternCondition, ctx: PatternContext): Outcome {
  switch (condition.kind) {
    case 'checked':
    case 'unchecked': {
      const want = condition.kind === 'checked';
      const matching = condition.items.filter((item) => isChecked(ctx.answers, item) === want);
      const met = matching.length >= (condition.min ?? 1);
      return { met, evidence: met ? matching.map((item) => ({ type: 'item', item, checked: want })) : [] };
    }
    case 'all': {
      const outcomes = condition.of.map((c) => evaluatePatternCondition(c, ctx));
      const met = outcomes.every((o) => o.met);
      return { met, evidence: met ? outcomes.flatMap((o) => o.evidence) : [] };
    }
    case 'any': {
      const outcomes = condition.of.map((c) => evaluatePatternCondition(c, ctx)).filter((o) => o.met);
      return { met: outcomes.length > 0, evidence: outcomes.flatMap((o) => o.evidence) };
    }
    case 'levelBelow':
      return { met: ctx.level < condition.level, evidence: [] };
    case 'levelNotRisenSince': {
      const stale = ctx.history
        .filter((h) => ctx.asOf - h.takenAt >= condition.days * DAY_MS && h.level >= ctx.level)
        .sort((a, b) => a.takenAt - b.takenAt);
      return {
        met: stale.length > 0,
        evidence: stale.map((h) => ({
          type: 'history',
          takenAt: new Date(h.takenAt).toISOString(),
          level: h.level,
          daysBefore: Math.floor((ctx.asOf - h.takenAt) / DAY_MS),
        })),
      };
    }
  }
}

export interface FailurePattern {
  id: FailurePatternId;
  title: string;
  titleKey: MessageKey;
  evidence: Evidence[];
  advice: string;
  adviceKey: MessageKey;
}

export function detectFailurePatterns(
  ctx: PatternContext,
  lang: Lang,
  rules: readonly FailurePatternRule[] = FAILURE_PATTERN_RULES,
): FailurePattern[] {
  if (!evaluatePatternCondition(FAILURE_PATTERN_GUARD, ctx).met) return [];
  const found: FailurePattern[] = [];
  for (const rule of rules) {
    const outcome = evaluatePatternCondition(rule.when, ctx);
    if (!outcome.met) continue;
    const titleKey = `failure.${rule.id}.title` as MessageKey;
    const adviceKey = `failure.${rule.id}.advice` as MessageKey;
    found.push({
      id: rule.id,
      title: t(lang, titleKey),
      titleKey,
      evidence: outcome.evidence,
      advice: t(lang, adviceKey),
      adviceKey,
    });
  }
  return found;
}

export function failurePatternTitle(lang: Lang, id: FailurePatternId): string {
  return t(lang, `failure.${id}.title`);
}
