// Generated past leads with deal outcomes for the suggestion's tests: one fit
// rule (budget) and one engagement rule (demo request) drive the wins when
// `signal` is on; the newsletter opt-in and blog views never do; a partner
// flag is too rare to judge. Seeded, so every run sees the same history.
import { random } from '../../bench/population';
import type { ScoringModel } from '../../src/rules';

const DAY = 86_400_000;
const START = Date.parse('2025-12-01T00:00:00Z');

export const CURRENT_MODEL: ScoringModel = {
  fit: [
    { id: 'budget', if: { field: 'hasBudget', op: 'eq', value: true }, points: 10 },
    { id: 'newsletter', if: { field: 'newsletter', op: 'eq', value: true }, points: 10 },
    { id: 'partner', if: { field: 'partner', op: 'eq', value: true }, points: 10 },
  ],
  engagement: [
    { id: 'demo', event: 'form_submit', if: { field: 'form', op: 'eq', value: 'demo' }, points: 10, maxCount: 1 },
    { id: 'blog', event: 'page_view', if: { field: 'url', op: 'contains', value: '/blog' }, points: 10, maxCount: 3 },
  ],
  decay: { halfLifeDays: 30 },
  caps: { fit: 40, engagement: 40 },
  grades: { A: 20, B: 10 },
  thresholds: { mql: 20 },
};

export interface GeneratedLead {
  id: string;
  scoredAt: string;
  fields: Record<string, boolean>;
  events: { type: string; at: string; props: Record<string, string> }[];
  opportunity: boolean;
  won: boolean;
}

export function outcomeHistory(options: { leads: number; seed: number; signal: boolean; winRate?: number }): GeneratedLead[] {
  const rnd = random(options.seed);
  return Array.from({ length: options.leads }, (_, i) => {
    // One lead a few hours after the other over a year: the newest are the held-out ones.
    const scored = START + Math.floor((i / options.leads) * 360 * DAY);
    const hasBudget = rnd() < 0.35;
    const demo = rnd() < 0.3;
    const fields = { hasBudget, newsletter: rnd() < 0.5, partner: rnd() < 0.005 };
    const events: GeneratedLead['events'] = [];
    if (demo) events.push({ type: 'form_submit', at: new Date(scored - Math.floor(rnd() * 40 * DAY)).toISOString(), props: { form: 'demo' } });
    const blogViews = Math.floor(rnd() * 5);
    for (let v = 0; v < blogViews; v++) events.push({ type: 'page_view', at: new Date(scored - Math.floor(rnd() * 60 * DAY)).toISOString(), props: { url: '/blog/ma-basics' } });
    const logit = options.signal ? -2.6 + 1.8 * Number(hasBudget) + 1.6 * Number(demo) : Math.log((options.winRate ?? 0.2) / (1 - (options.winRate ?? 0.2)));
    const won = rnd() < 1 / (1 + Math.exp(-logit));
    const opportunity = won || rnd() < 0.25;
    return { id: `P${i + 1}`, scoredAt: new Date(scored).toISOString(), fields, events, opportunity, won };
  });
}
