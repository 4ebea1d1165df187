import fc from 'fast-check';
import { parseScoringLead, prepareModel, scoreLead, type ScoringModelInput } from '../../src/rules';
import { parseInstant } from '../../src/dates';
import { canonicalInstant, isoString } from '../../src/rules/iso';
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

describe('the backtest and suggestion paths of a compiled model', () => {
  it('figures are exactly the figures of score, and activations x points are the contributions', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { maxLength: 30 }), (model, events) => {
        const compiled = valueOf(prepareModel(model));
        const lead = valueOf(parseScoringLead({ id: 'x', events }));
        const full = compiled.score(lead, AS_OF_MS);
        const { contributions, id, ...figures } = full;
        expect(id).toBe('x');
        expect(compiled.figures(lead, AS_OF_MS)).toEqual(figures);
        const rules = [...compiled.model.fit, ...compiled.model.engagement];
        const out = new Float64Array(rules.length);
        compiled.activations(lead, AS_OF_MS, out);
        rules.forEach((rule, i) => {
          const counted = contributions.find((c) => c.rule === rule.id);
          expect(out[i] as number).toBeGreaterThanOrEqual(0);
          expect((out[i] as number) * rule.points).toBeCloseTo(counted?.points ?? 0, 9);
          if (!counted) expect(out[i] === 0 || rule.points === 0).toBe(true);
        });
      }),
    );
  });

  it('lists an engagement rule\'s events most recent first and keeps the N most recent, also for long event lists', () => {
    const rule = { id: 'visit', event: 'page_view', points: 1, maxCount: 3 };
    const events = Array.from({ length: 150 }, (_, i) => ({ type: 'page_view', at: new Date(AS_OF_MS - ((i * 37) % 150) * DAY).toISOString() }));
    const r = valueOf(scoreLead({ engagement: [rule] }, { events }, asOf));
    expect(r.contributions[0]?.events?.map((e) => e.at)).toEqual([0, 1, 2].map((d) => new Date(AS_OF_MS - d * DAY).toISOString()));
  });
});

describe('reading canonical instants', () => {
  it('gives what Date.parse gives for every canonical instant, with or without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59.999Z') }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(canonicalInstant(text)).toBe(ms);
        expect(canonicalInstant(`${text.slice(0, 19)}Z`)).toBe(Date.parse(`${text.slice(0, 19)}Z`));
      }),
      { numRuns: 3000 },
    );
  });

  it('declines anything else, which the general reader then decides', () => {
    for (const text of ['2026-02-29T00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z', '2026-01-01T10:00:60Z', '2026-01-01 10:00:00Z', '2026-01-01T10:00:00+09:00', '2026-0a-01T10:00:00Z', '2026-01-01T10:00:00,000Z']) {
      expect(canonicalInstant(text)).toBeUndefined();
    }
    expect(canonicalInstant('2024-02-29T00:00:00Z')).toBe(Date.parse('2024-02-29T00:00:00Z'));
    // The general reader still answers for the forms it knows.
    expect(parseInstant('2026-01-01T10:00:00+09:00')).toBe(Date.parse('2026-01-01T01:00:00Z'));
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
