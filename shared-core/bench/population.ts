// A generated population for the benchmark: realistic B2B fields and events,
// deterministic (seeded) so every run scores the same leads.
import type { ScoringModel } from '../src/rules';

export const AS_OF = '2026-11-27T00:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);
const DAY = 86_400_000;

/** mulberry32: small, fast, good enough to spread test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

const INDUSTRIES = ['manufacturing', 'it', 'finance', 'retail', 'education', 'healthcare', 'logistics'] as const;
const LEVELS = ['executive', 'director', 'manager', 'staff', 'student'] as const;
const URLS = ['/pricing', '/pricing/enterprise', '/case-studies/toho', '/blog/ma-basics', '/careers', '/product/scoring', '/docs/api', '/'] as const;
const FORMS = ['demo-request', 'whitepaper', 'contact', 'newsletter'] as const;
const CAMPAIGNS = ['event-follow-2026', 'newsletter-11', 'nurture-a', 'event-follow-expo'] as const;
const EVENT_TYPES = ['page_view', 'page_view', 'page_view', 'email_open', 'email_open', 'email_click', 'form_submit', 'webinar_attended', 'event_visit', 'trial_started', 'email_bounce', 'email_unsubscribe', 'content_download'] as const;

export interface BenchLead {
  id: string;
  fields: Record<string, string | number | boolean>;
  events: { type: string; at: string; props: Record<string, string | number> }[];
}

export function generateLeads(count: number, eventsPerLead: number, seed = 42): BenchLead[] {
  const rnd = random(seed);
  const leads: BenchLead[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const events: BenchLead['events'] = new Array(eventsPerLead);
    for (let e = 0; e < eventsPerLead; e++) {
      const type = pick(rnd, EVENT_TYPES);
      // About 3% of events lie after asOf: they must be ignored by both engines.
      const at = new Date(AS_OF_MS - Math.floor((rnd() * 1.03 - 0.03) * 180 * DAY)).toISOString();
      const props: Record<string, string | number> =
        type === 'page_view'
          ? { url: pick(rnd, URLS), seconds: Math.floor(rnd() * 300) }
          : type === 'form_submit'
            ? { form: pick(rnd, FORMS) }
            : type === 'email_click' || type === 'email_open'
              ? { campaign: pick(rnd, CAMPAIGNS) }
              : type === 'event_visit'
                ? { activity: rnd() < 0.3 ? 'booth-meeting' : 'badge-scan' }
                : { asset: 'x' };
      events[e] = { type, at, props };
    }
    leads[i] = {
      // The seed names the batch, so ids stay unique when batches are joined (the backtest history).
      id: `L${seed}-${i}`,
      fields: {
        employees: Math.floor(5 + rnd() * 5000),
        industry: pick(rnd, INDUSTRIES),
        jobLevel: pick(rnd, LEVELS),
        country: rnd() < 0.85 ? 'JP' : 'US',
        emailDomainType: rnd() < 0.8 ? 'corporate' : 'free',
        isCompetitor: rnd() < 0.02,
        annualRevenue: Math.floor(rnd() * 100_000),
        department: pick(rnd, ['marketing', 'sales', 'it', 'hr', 'executive'] as const),
        title: pick(rnd, ['Marketing Manager', 'CIO', 'Sales Director', 'Engineer', 'Intern'] as const),
      },
      events,
    };
  }
  return leads;
}

const gte = (field: string, value: number) => ({ field, op: 'gte' as const, value });

/** 30 rules: 12 fit (3 negative), 18 engagement (3 negative), with decay, caps, grades, threshold. */
export const BENCH_MODEL: ScoringModel = {
  fit: [
    { id: 'enterprise', if: gte('employees', 1000), points: 25 },
    { id: 'mid-market', if: { all: [gte('employees', 300), { field: 'employees', op: 'lt', value: 1000 }] }, points: 15 },
    { id: 'target-industry', if: { field: 'industry', op: 'in', value: ['manufacturing', 'it', 'finance'] }, points: 15 },
    { id: 'decision-maker', if: { field: 'jobLevel', op: 'in', value: ['executive', 'director'] }, points: 20 },
    { id: 'manager', if: { field: 'jobLevel', op: 'eq', value: 'manager' }, points: 10 },
    { id: 'domestic', if: { field: 'country', op: 'eq', value: 'JP' }, points: 5 },
    { id: 'revenue', if: gte('annualRevenue', 50_000), points: 10 },
    { id: 'buying-department', if: { field: 'department', op: 'nin', value: ['hr'] }, points: 5 },
    { id: 'marketing-title', if: { field: 'title', op: 'startsWith', value: 'Marketing' }, points: 5 },
    { id: 'competitor', if: { field: 'isCompetitor', op: 'eq', value: true }, points: -50 },
    { id: 'student', if: { field: 'jobLevel', op: 'eq', value: 'student' }, points: -40 },
    { id: 'free-email', if: { all: [{ field: 'emailDomainType', op: 'eq', value: 'free' }, { not: { field: 'industry', op: 'eq', value: 'education' } }] }, points: -10 },
  ],
  engagement: [
    { id: 'demo-request', event: 'form_submit', if: { field: 'form', op: 'eq', value: 'demo-request' }, points: 40, maxCount: 1 },
    { id: 'contact', event: 'form_submit', if: { field: 'form', op: 'eq', value: 'contact' }, points: 30, maxCount: 1 },
    { id: 'whitepaper', event: 'form_submit', if: { field: 'form', op: 'eq', value: 'whitepaper' }, points: 8, maxCount: 3 },
    { id: 'pricing', event: 'page_view', if: { field: 'url', op: 'contains', value: '/pricing' }, points: 10, maxCount: 3 },
    { id: 'case-study', event: 'page_view', if: { field: 'url', op: 'startsWith', value: '/case-studies/' }, points: 5, maxCount: 4 },
    { id: 'product', event: 'page_view', if: { field: 'url', op: 'startsWith', value: '/product' }, points: 4, maxCount: 5 },
    { id: 'docs', event: 'page_view', if: { all: [{ field: 'url', op: 'startsWith', value: '/docs' }, gte('seconds', 60)] }, points: 3, maxCount: 5 },
    { id: 'long-visit', event: 'page_view', if: gte('seconds', 240), points: 2, maxCount: 5 },
    { id: 'webinar', event: 'webinar_attended', points: 12, maxCount: 2 },
    { id: 'booth-meeting', event: 'event_visit', if: { field: 'activity', op: 'eq', value: 'booth-meeting' }, points: 30, maxCount: 1 },
    { id: 'badge-scan', event: 'event_visit', if: { field: 'activity', op: 'eq', value: 'badge-scan' }, points: 8, maxCount: 2 },
    { id: 'trial', event: 'trial_started', points: 45, maxCount: 1 },
    { id: 'email-click', event: 'email_click', points: 3, maxCount: 5 },
    { id: 'follow-up-click', event: 'email_click', if: { field: 'campaign', op: 'startsWith', value: 'event-follow' }, points: 7, maxCount: 2 },
    { id: 'email-open', event: 'email_open', points: 1, maxCount: 5 },
    { id: 'careers', event: 'page_view', if: { field: 'url', op: 'eq', value: '/careers' }, points: -10, maxCount: 1 },
    { id: 'bounced', event: 'email_bounce', points: -20, maxCount: 1 },
    { id: 'unsubscribed', event: 'email_unsubscribe', points: -30, maxCount: 1 },
  ],
  decay: { halfLifeDays: 30 },
  caps: { fit: 60, engagement: 80 },
  grades: { A: 45, B: 30, C: 15 },
  thresholds: { mql: 70 },
};

/** Past leads with outcomes that loosely follow the score, for the backtest timing. */
export function withOutcomes(leads: BenchLead[], seed = 7): (BenchLead & { scoredAt: string; opportunity: boolean; won: boolean })[] {
  const rnd = random(seed);
  return leads.map((lead) => {
    const big = (lead.fields.employees as number) >= 300;
    const opportunity = rnd() < (big ? 0.3 : 0.1);
    return { ...lead, scoredAt: AS_OF, opportunity, won: opportunity && rnd() < 0.3 };
  });
}
