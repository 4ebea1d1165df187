import fc from 'fast-check';
import { scoreLead, type ScoringModelInput } from '../../src/rules';
import { isoString } from '../../src/rules/iso';
import { valueOf } from './helpers';

const AS_OF_MS = Date.parse('2026-11-27T00:00:00Z');
const DAY = 86_400_000;
const TYPES = ['page_view', 'email_click', 'form_submit'] as const;

const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  // Some events lie after asOf: they must never count.
  at: fc.integer({ min: -200 * DAY, max: 5 * DAY }).map((offset) => new Date(AS_OF_MS + offset).toISOString()),
  props: fc.record({ url: fc.constantFrom('/pricing', '/blog', '/careers') }),
});

const ruleArb = fc.record({
  event: fc.constantFrom(...TYPES),
  points: fc.integer({ min: -20, max: 30 }),
  maxCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  url: fc.option(fc.constantFrom('/pricing', '/blog'), { nil: undefined }),
});

const modelArb = fc
  .record({
    rules: fc.array(ruleArb, { minLength: 1, maxLength: 5 }),
    fitPoints: fc.array(fc.integer({ min: -30, max: 40 }), { maxLength: 4 }),
    halfLifeDays: fc.option(fc.double({ min: 0.5, max: 120, noNaN: true }), { nil: undefined }),
    capFit: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
    capEngagement: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  })
  .map(({ rules, fitPoints, halfLifeDays, capFit, capEngagement }): ScoringModelInput => ({
    fit: fitPoints.map((points, i) => ({ id: `fit-${i}`, points })),
    engagement: rules.map((r, i) => ({
      id: `eng-${i}`,
      event: r.event,
      points: r.points,
      ...(r.maxCount ? { maxCount: r.maxCount } : {}),
      ...(r.url ? { if: { field: 'url', op: 'eq' as const, value: r.url } } : {}),
    })),
    ...(halfLifeDays ? { decay: { halfLifeDays } } : {}),
    caps: { ...(capFit !== undefined ? { fit: capFit } : {}), ...(capEngagement !== undefined ? { engagement: capEngagement } : {}) },
  }));

const asOf = new Date(AS_OF_MS).toISOString();
const EPS = 1e-9;

describe('scoring properties', () => {
  it('clamping holds: fit and engagement lie in [0, cap] and total is their sum', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { maxLength: 25 }), (model, events) => {
        const r = valueOf(scoreLead(model, { events }, asOf));
        expect(r.fit).toBeGreaterThanOrEqual(0);
        expect(r.engagement).toBeGreaterThanOrEqual(0);
        expect(r.fit).toBeLessThanOrEqual(model.caps?.fit ?? Infinity);
        expect(r.engagement).toBeLessThanOrEqual(model.caps?.engagement ?? Infinity);
        expect(r.total).toBe(r.fit + r.engagement);
        for (const c of r.contributions) for (const e of c.events ?? []) expect(Date.parse(e.at)).toBeLessThanOrEqual(AS_OF_MS);
      }),
    );
  });

  it('adding an event matched by positive-point rules never lowers the score', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { maxLength: 20 }), eventArb, (model, events, extra) => {
        // Every rule made positive. With maxCount the extra event may push out an older one, but
        // the pushed-out event is older, so decayed it is never worth more than the newcomer.
        const positive = { ...model, engagement: (model.engagement ?? []).map((r) => ({ ...r, points: Math.abs(r.points) })) };
        const before = valueOf(scoreLead(positive, { events }, asOf));
        const after = valueOf(scoreLead(positive, { events: [...events, extra] }, asOf));
        expect(after.total).toBeGreaterThanOrEqual(before.total - EPS);
      }),
    );
  });

  it('decay never raises the score: the same lead scored later is never higher (positive rules)', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { maxLength: 20 }), fc.integer({ min: 0, max: 60 }), (model, events, laterDays) => {
        const positive = { ...model, engagement: (model.engagement ?? []).map((r) => ({ ...r, points: Math.abs(r.points) })) };
        // Only past events, so moving asOf later adds nothing new.
        const past = events.filter((e) => Date.parse(e.at) <= AS_OF_MS);
        const now = valueOf(scoreLead(positive, { events: past }, asOf));
        const later = valueOf(scoreLead(positive, { events: past }, new Date(AS_OF_MS + laterDays * DAY).toISOString()));
        expect(later.engagement).toBeLessThanOrEqual(now.engagement + EPS);
      }),
    );
  });

  it('decay never raises the score: with decay it is at most the score without decay', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { maxLength: 20 }), fc.double({ min: 0.5, max: 90, noNaN: true }), (model, events, halfLifeDays) => {
        const positive = { ...model, engagement: (model.engagement ?? []).map((r) => ({ ...r, points: Math.abs(r.points) })) };
        const plain = valueOf(scoreLead({ ...positive, decay: undefined }, { events }, asOf));
        const decayed = valueOf(scoreLead({ ...positive, decay: { halfLifeDays } }, { events }, asOf));
        expect(decayed.engagement).toBeLessThanOrEqual(plain.engagement + EPS);
      }),
    );
  });
});

describe('ISO strings of result instants', () => {
  it('equal Date#toISOString for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
    for (const ms of [0, 951_782_400_000 /* 2000-02-29 */, 4_107_542_399_999 /* 2100-02-28T23:59:59.999 */, 253_402_300_799_999]) {
      expect(isoString(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
