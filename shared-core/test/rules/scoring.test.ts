import { scoreLead, scoreLeads, type ScoringModelInput } from '../../src/rules';
import { issuesOf, valueOf } from './helpers';

const AS_OF = '2026-11-27T00:00:00Z';
const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(AS_OF) - days * DAY).toISOString();

const pricing: ScoringModelInput = {
  engagement: [{ id: 'pricing', event: 'page_view', if: { field: 'url', op: 'contains', value: '/pricing' }, points: 10 }],
  decay: { halfLifeDays: 30 },
};
const view = (at: string, url = '/pricing') => ({ type: 'page_view', at, props: { url } });

describe('engagement decay', () => {
  it('halves the points at exactly one half-life, quarters them at two', () => {
    const one = valueOf(scoreLead(pricing, { events: [view(daysBefore(30))] }, AS_OF));
    expect(one.engagement).toBe(5);
    const two = valueOf(scoreLead(pricing, { events: [view(daysBefore(60))] }, AS_OF));
    expect(two.engagement).toBe(2.5);
  });

  it('counts an event exactly at asOf in full and ignores events after asOf', () => {
    const r = valueOf(scoreLead(pricing, { events: [view(AS_OF), view('2026-11-27T00:00:01Z')] }, AS_OF));
    expect(r.engagement).toBe(10);
    expect(r.contributions[0]?.events).toEqual([{ type: 'page_view', at: '2026-11-27T00:00:00.000Z', points: 10 }]);
  });

  it('does not decay without a decay section', () => {
    const r = valueOf(scoreLead({ engagement: pricing.engagement }, { events: [view(daysBefore(400))] }, AS_OF));
    expect(r.engagement).toBe(10);
  });

  it('reads a date without a time as midnight UTC, and a time without an offset as UTC', () => {
    const r = valueOf(scoreLead(pricing, { events: [view('2026-10-28'), view('2026-10-28T00:00')] }, AS_OF));
    expect(r.contributions[0]?.events?.map((e) => e.points)).toEqual([5, 5]);
  });

  it('matches the event type and the props condition', () => {
    const r = valueOf(
      scoreLead(pricing, { events: [{ type: 'email_open', at: AS_OF, props: { url: '/pricing' } }, view(AS_OF, '/blog'), { type: 'page_view', at: AS_OF }] }, AS_OF),
    );
    expect(r.engagement).toBe(0);
    expect(r.contributions).toEqual([]);
  });
});

describe('maxCount', () => {
  const model: ScoringModelInput = { engagement: [{ ...pricing.engagement![0]!, maxCount: 2 }] };

  it('counts only the most recent N matching events', () => {
    const r = valueOf(scoreLead(model, { events: [view(daysBefore(5)), view(daysBefore(1)), view(daysBefore(3))] }, AS_OF));
    expect(r.engagement).toBe(20);
    expect(r.contributions[0]?.events?.map((e) => e.at)).toEqual([daysBefore(1), daysBefore(3)]);
  });

  it('drops future events before counting', () => {
    const events = [view('2026-12-01T00:00:00Z'), view('2026-12-02T00:00:00Z'), view(daysBefore(10)), view(daysBefore(20))];
    const r = valueOf(scoreLead(model, { events }, AS_OF));
    expect(r.contributions[0]?.events?.map((e) => e.at)).toEqual([daysBefore(10), daysBefore(20)]);
  });

  it('keeps the most recent events, with decay applied to each', () => {
    const decayed: ScoringModelInput = { ...model, decay: { halfLifeDays: 10 } };
    const r = valueOf(scoreLead(decayed, { events: [view(daysBefore(30)), view(daysBefore(10)), view(daysBefore(0))] }, AS_OF));
    expect(r.engagement).toBe(15);
  });
});

describe('fit, caps, grades, MQL', () => {
  const model: ScoringModelInput = {
    fit: [
      { id: 'large', if: { field: 'employees', op: 'gte', value: 1000 }, points: 30 },
      { id: 'director', if: { field: 'jobLevel', op: 'eq', value: 'director' }, points: 25 },
      { id: 'competitor', if: { field: 'isCompetitor', op: 'eq', value: true }, points: -80 },
      { id: 'everyone', points: 5 },
    ],
    engagement: [
      { id: 'demo', event: 'form_submit', points: 60 },
      { id: 'unsubscribed', event: 'email_unsubscribe', points: -100 },
    ],
    caps: { fit: 50, engagement: 40 },
    grades: { A: 45, B: 30, C: 10 },
    thresholds: { mql: 70 },
  };
  const score = (fields: Record<string, unknown>, types: string[] = []) =>
    valueOf(scoreLead(model, { id: 7, fields, events: types.map((type) => ({ type, at: AS_OF })) }, AS_OF));

  it('clamps fit and engagement to their caps, and the total is their sum', () => {
    const r = score({ employees: 5000, jobLevel: 'director' }, ['form_submit']);
    expect([r.fit, r.engagement, r.total]).toEqual([50, 40, 90]);
    expect(r.id).toBe('7');
    expect(r.contributions.map((c) => [c.rule, c.kind, c.points])).toEqual([
      ['large', 'fit', 30],
      ['director', 'fit', 25],
      ['everyone', 'fit', 5],
      ['demo', 'engagement', 60],
    ]);
  });

  it('clamps negative sums at zero and keeps negative contributions visible', () => {
    const r = score({ employees: 5000, isCompetitor: true }, ['email_unsubscribe', 'form_submit']);
    expect([r.fit, r.engagement, r.total]).toEqual([0, 0, 0]);
    expect(r.contributions.find((c) => c.rule === 'competitor')?.points).toBe(-80);
    expect(r.contributions.find((c) => c.rule === 'unsubscribed')?.points).toBe(-100);
  });

  it('grades by the best letter whose minimum fit is reached, else D', () => {
    expect(score({ employees: 5000, jobLevel: 'director' }).grade).toBe('A');
    expect(score({ employees: 5000 }).grade).toBe('B'); // 35
    expect(score({ jobLevel: 'director' }).grade).toBe('B'); // 30: exactly B's minimum
    expect(score({}).grade).toBe('D'); // 5
    expect(valueOf(scoreLead({ fit: [{ id: 'x', points: 10 }], grades: { A: 40, B: 20, C: 10 } }, {}, AS_OF)).grade).toBe('C');
  });

  it('is an MQL when the total reaches the threshold, never without a threshold', () => {
    expect(score({ employees: 5000 }, ['form_submit']).mql).toBe(true); // 35 + 40 = 75
    expect(score({ employees: 5000 }).mql).toBe(false);
    const noThreshold = valueOf(scoreLead({ fit: [{ id: 'x', points: 1000 }] }, {}, AS_OF));
    expect(noThreshold.mql).toBe(false);
    const exactly = valueOf(scoreLead({ fit: [{ id: 'x', points: 70 }], thresholds: { mql: 70 } }, {}, AS_OF));
    expect(exactly.mql).toBe(true);
  });

  it('has no upper clamp without caps', () => {
    const r = valueOf(scoreLead({ fit: [{ id: 'a', points: 500 }] }, { fields: {} }, AS_OF));
    expect(r.fit).toBe(500);
  });
});

describe('scoreLeads', () => {
  it('scores a list or {leads}, and names the bad lead by index', () => {
    const leads = [{ id: 'L1', events: [view(AS_OF)] }, { id: 'L2' }];
    expect(valueOf(scoreLeads(pricing, { leads }, AS_OF)).map((r) => [r.id, r.total])).toEqual([
      ['L1', 10],
      ['L2', 0],
    ]);
    expect(valueOf(scoreLeads(pricing, leads, AS_OF))).toHaveLength(2);
    const issues = issuesOf(scoreLeads(pricing, { leads: [{ id: 'ok' }, { id: 'bad', events: [{ type: 'x', at: 'nope' }], fields: 3 }] }, AS_OF));
    expect(issues.map((i) => i.path)).toEqual(['leads[1].fields', 'leads[1].events[0].at']);
    expect(issuesOf(scoreLeads(pricing, { people: [] }, AS_OF)).map((i) => i.path)).toEqual(['leads']);
  });

  it('returns plain JSON: ISO strings, no Date objects', () => {
    const r = valueOf(scoreLeads(pricing, [{ id: 'L1', events: [{ type: 'page_view', at: new Date(AS_OF), props: { url: '/pricing' } }] }], new Date(AS_OF)));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
