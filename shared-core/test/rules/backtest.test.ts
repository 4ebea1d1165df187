import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoringModelInput } from '../../src/rules';
import { HistorySchema, backtest, compareModels, parseHistoryLeads } from '../../src/rules/learn';
import { issuesOf, valueOf } from './helpers';

// A history small enough to check by hand. Totals: H1 80, H2 50, H3 80, H4 30, H5 0, H6 80.
const model: ScoringModelInput = {
  fit: [{ id: 'size', if: { field: 'employees', op: 'gte', value: 100 }, points: 50 }],
  engagement: [{ id: 'demo', event: 'form_submit', points: 30 }],
  grades: { A: 50, B: 20 },
  thresholds: { mql: 60 },
};
const demo = (at: string) => ({ type: 'form_submit', at });
const history = {
  leads: [
    { id: 'H1', scoredAt: '2026-09-10', fields: { employees: 200 }, events: [demo('2026-09-01')], won: true },
    { id: 'H2', scoredAt: '2026-09-10', fields: { employees: 200 }, opportunity: true },
    { id: 'H3', scoredAt: '2026-09-10', fields: { employees: 200 }, events: [demo('2026-09-01')], opportunity: false },
    { id: 'H4', scoredAt: '2026-09-10', fields: { employees: 10 }, events: [demo('2026-09-01')] },
    // The demo came after the lead was scored: it must not leak into the backtest.
    { id: 'H5', scoredAt: '2026-09-10', fields: { employees: 10 }, events: [demo('2026-09-20')] },
    { id: 'H6', fields: { employees: 500 }, events: [demo('2026-09-01')], opportunityAt: '2026-10-01' },
  ],
};
const options = { asOf: '2026-09-15' };

describe('backtest on a hand-checked history', () => {
  const r = valueOf(backtest(model, history, { ...options, targetMqlVolume: 4, targetPrecision: 0.6 }));

  it('counts leads and outcomes (a win is also an opportunity)', () => {
    expect([r.leads, r.opportunities, r.won, r.threshold]).toEqual([6, 3, 1, 60]);
  });

  it('splits MQLs from non-MQLs and gives the lift', () => {
    expect(r.mql).toEqual({ count: 3, opportunities: 2, won: 1, opportunityRate: 2 / 3, winRate: 1 / 2, wonRate: 1 / 3 });
    expect(r.nonMql).toEqual({ count: 3, opportunities: 1, won: 0, opportunityRate: 1 / 3, winRate: 0, wonRate: 0 });
    expect(r.lift).toEqual({ opportunity: 2, won: null });
  });

  it('gives conversion by grade (null rates when nothing to divide by)', () => {
    expect(r.byGrade).toEqual([
      { grade: 'A', count: 4, opportunities: 3, won: 1, opportunityRate: 3 / 4, winRate: 1 / 3, wonRate: 1 / 4 },
      { grade: 'B', count: 0, opportunities: 0, won: 0, opportunityRate: null, winRate: null, wonRate: null },
      { grade: 'C', count: 0, opportunities: 0, won: 0, opportunityRate: null, winRate: null, wonRate: null },
      { grade: 'D', count: 2, opportunities: 0, won: 0, opportunityRate: 0, winRate: null, wonRate: 0 },
    ]);
  });

  it('gives conversion by score band, highest first', () => {
    expect(r.byBand.map((b) => [b.from, b.to, b.count, b.opportunities, b.won])).toEqual([
      [80, 90, 3, 2, 1],
      [50, 60, 1, 1, 0],
      [30, 40, 1, 0, 0],
      [0, 10, 1, 0, 0],
    ]);
    expect(r.thresholds.map((p) => [p.threshold, p.mql, p.opportunities, p.precision, p.recall])).toEqual([
      [80, 3, 2, 2 / 3, 2 / 3],
      [50, 4, 3, 3 / 4, 1],
      [30, 5, 3, 3 / 5, 1],
      [0, 6, 3, 3 / 6, 1],
    ]);
  });

  it('suggests a threshold for a target MQL volume and for a target precision', () => {
    expect(r.suggested.forVolume).toMatchObject({ target: 4, threshold: 50, mql: 4, reached: true });
    expect(r.suggested.forPrecision).toMatchObject({ target: 0.6, threshold: 30, mql: 5, precision: 0.6 });
    const more = valueOf(backtest(model, history, { ...options, targetMqlVolume: 10, targetPrecision: 0.9 }));
    expect(more.suggested.forVolume).toMatchObject({ threshold: 0, mql: 6, reached: false });
    expect(more.suggested.forPrecision).toBeNull();
    expect(valueOf(backtest(model, history, options)).suggested).toEqual({ forVolume: null, forPrecision: null });
  });

  it('reports progress', () => {
    const calls: [number, number][] = [];
    valueOf(backtest(model, history, { ...options, onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls.at(-1)).toEqual([6, 6]);
  });

  it('refuses a lead without a scoring date, bad options and a bad model, by path', () => {
    const noDate = issuesOf(backtest(model, history));
    expect(noDate.map((i) => i.path)).toEqual(['leads[5].scoredAt']);
    const bad = issuesOf(backtest({ ...model, thresholds: { mql: 'x' } } as never, { leads: [{ id: 1, won: 'yes' }] }, { asOf: '2026-09-15', targetPrecision: 2, bandWidth: 0 }));
    expect(bad.map((i) => i.path)).toEqual(['model.thresholds.mql', 'leads[0].won', 'bandWidth', 'targetPrecision']);
  });

  it('handles an empty history without NaN', () => {
    const empty = valueOf(backtest(model, { leads: [] }, options));
    expect(empty).toMatchObject({ leads: 0, mql: { count: 0, opportunityRate: null }, lift: { opportunity: null, won: null }, byBand: [], thresholds: [] });
  });
});

describe('comparing two models on the same history', () => {
  it('shows both reports side by side, the delta and how leads moved', () => {
    const lower: ScoringModelInput = { ...model, thresholds: { mql: 40 }, grades: { A: 60, B: 20 } };
    const c = valueOf(compareModels(model, lower, history, options));
    expect(c.before.mql.count).toBe(3);
    expect(c.after.mql.count).toBe(4);
    expect(c.delta.mql).toBe(1);
    expect(c.delta.mqlOpportunityRate).toBeCloseTo(3 / 4 - 2 / 3, 12);
    expect(c.movement).toEqual({ becameMql: 1, leftMql: 0, gradeUp: 0, gradeDown: 4 });
  });

  it('names the second model as compare in its issues', () => {
    const issues = issuesOf(compareModels(model, { decay: { halfLifeDays: 0 } }, history, options));
    expect(issues.map((i) => i.path)).toEqual(['compare.decay.halfLifeDays']);
  });
});

describe('history parsing', () => {
  it('gives the same leads as the history schema, and issues at the same paths', () => {
    const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'history.json'), 'utf8'));
    expect(valueOf(parseHistoryLeads(example))).toEqual(HistorySchema.parse(example).leads);
    const bad = [{ id: 'a', events: [{ type: 'x', at: 'soon' }], won: 'yes' }, { id: 'b', scoredAt: 'later' }];
    expect(issuesOf(parseHistoryLeads(bad)).map((i) => i.path).sort()).toEqual(['leads[0].events[0].at', 'leads[0].won', 'leads[1].scoredAt']);
    const schema = HistorySchema.safeParse(bad);
    expect(schema.success).toBe(false);
  });
});
