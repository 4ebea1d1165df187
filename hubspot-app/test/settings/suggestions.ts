// What ma-suggest-model answers the settings page, made by the core itself
// (suggestModel) on a generated history, so the page is tested against the
// real shape and real figures: past leads over a year, whose wins follow the
// 部長 title and the form (with `signal`), or nothing at all.
import { suggestModel, type ScoringModel } from '@ma-maturity/shared-core';

export const CURRENT_MODEL: ScoringModel = {
  fit: [
    { id: 'manager-title', if: { field: 'title', op: 'contains', value: '部長' }, points: 10, label: { ja: '部長クラス', en: 'Manager title' } },
    { id: 'large-company', if: { field: 'employees', op: 'gte', value: 500 }, points: 20, label: { ja: '従業員500人以上', en: '500+ employees' } },
  ],
  engagement: [
    { id: 'form-submit', event: 'form_submit', points: 10, maxCount: 1, label: { ja: 'フォーム送信', en: 'Form submission' } },
    { id: 'email-open', event: 'email_open', points: 10, maxCount: 1 },
  ],
  decay: { halfLifeDays: 60 },
  caps: { fit: 40, engagement: 40 },
  grades: { A: 20, B: 10 },
  thresholds: { mql: 30 },
};

const DAY = 86_400_000;
const START = Date.parse('2025-11-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function history(count: number, signal: boolean) {
  const rnd = seeded(11);
  return {
    leads: Array.from({ length: count }, (_, i) => {
      const at = START + Math.floor((i / count) * 360 * DAY);
      const manager = rnd() < 0.35;
      const large = rnd() < 0.4;
      const form = rnd() < 0.35;
      const open = rnd() < 0.5;
      const logit = signal ? -2 + 2.4 * Number(manager) + 1.2 * Number(form) : -1.2;
      const won = rnd() < 1 / (1 + Math.exp(-logit));
      return {
        id: `c${i + 1}`,
        scoredAt: iso(at),
        fields: { title: manager ? '営業部長' : '担当', employees: large ? 1200 : 80 },
        events: [...(form ? [{ type: 'form_submit', at: iso(at - DAY) }] : []), ...(open ? [{ type: 'email_open', at: iso(at - 2 * DAY) }] : [])],
        opportunity: won || rnd() < 0.15,
        won,
      };
    }),
  };
}

/** ma-suggest-model's value for a history of `count` contacts. */
export function suggestAnswer({ count = 700, signal = true, lang = 'en' as 'ja' | 'en', target = 'won' as 'won' | 'opportunity' } = {}) {
  const answer = suggestModel(CURRENT_MODEL, history(count, signal), { asOf: '2026-11-27T00:00:00.000Z', target, lang });
  return {
    model: CURRENT_MODEL,
    suggestion: answer.ok ? answer.value : null,
    refusal: answer.ok ? null : answer.issues,
    contacts: count,
    truncated: false,
  };
}
