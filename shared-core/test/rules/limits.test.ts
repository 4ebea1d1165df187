// Input that cannot hurt (issue 9, section 4), in the core: nesting, numbers,
// names, repeated ids and computed dates are bounded so that no input makes
// a function throw, overflow the stack, or answer Infinity / NaN / a year past 9999.
import fc from 'fast-check';
import {
  DEFAULT_HANDOFF_RULES,
  HandoffRulesSchema,
  MAX_CONDITION_DEPTH,
  RuleConditionSchema,
  backtest,
  buildPlan,
  compareModels,
  compileCondition,
  conditionProblems,
  describeValue,
  explainCondition,
  funnelKpis,
  handoffStatus,
  newDefinitionSet,
  parseScoringModel,
  scoreLead,
  scoreLeads,
  stageOf,
  t,
  type RuleCondition,
  type ScoringModelInput,
} from '../../src';
import { issuesOf, valueOf } from './helpers';

const AS_OF = '2026-11-27T00:00:00Z';
const leaf = { field: 'employees', op: 'exists' } as const;

/** A condition `levels` deep, built in a loop (no recursion to build it either). */
function nested(levels: number, wrap: (c: unknown) => unknown): unknown {
  let c: unknown = leaf;
  for (let i = 1; i < levels; i++) c = wrap(c);
  return c;
}
const wraps: [string, (c: unknown) => unknown, string][] = [
  ['not', (c) => ({ not: c }), '.not'],
  ['all', (c) => ({ all: [c] }), '.all[0]'],
  ['any', (c) => ({ any: [c] }), '.any[0]'],
];

describe('condition nesting', () => {
  it.each(wraps)('%s: 32 levels are a condition; 33 and 1,700 are refused at the path where the bound is passed', (_name, wrap, step) => {
    const deepest = nested(MAX_CONDITION_DEPTH, wrap) as RuleCondition;
    expect(conditionProblems(deepest)).toEqual([]);
    expect(compileCondition(deepest)({ employees: 5 })).toBe(_name !== 'not' || MAX_CONDITION_DEPTH % 2 === 1);
    expect(explainCondition(deepest, { employees: 5 })).toEqual([expect.objectContaining({ field: 'employees', actual: 5 })]);
    for (const levels of [MAX_CONDITION_DEPTH + 1, 1700, 100_000]) {
      const problems = conditionProblems(nested(levels, wrap));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toHaveLength(step.split(/[.[]/).filter(Boolean).length * MAX_CONDITION_DEPTH);
      expect(problems[0]?.message).toBe('conditions may nest at most 32 levels deep (all, any, not)');
    }
    const model = parseScoringModel({ fit: [{ id: 'deep', if: nested(1700, wrap), points: 1 }] });
    expect(issuesOf(model).map((i) => i.path)).toEqual([`fit[0].if${step.repeat(MAX_CONDITION_DEPTH)}`]);
  });

  it('bounds the criteria of a definition set and the re-entry of handoff rules alike', () => {
    const set = valueOf(newDefinitionSet('b2b-standard', { id: 'p', by: 'x', at: AS_OF }));
    const deep = { ...set, stages: { ...set.stages, mql: { ...set.stages.mql, criteria: nested(1700, (c) => ({ not: c })) } } };
    expect(issuesOf(stageOf({}, deep, AS_OF))[0]?.path).toBe(`set.stages.mql.criteria${'.not'.repeat(32)}`);
    const rules = { ...DEFAULT_HANDOFF_RULES, recycle: { ...DEFAULT_HANDOFF_RULES.recycle, reentry: nested(1700, (c) => ({ all: [c] })) } };
    expect(HandoffRulesSchema.safeParse(rules).error?.issues[0]?.path).toEqual(['recycle', 'reentry', ...Array(32).fill(['all', 0]).flat()]);
    expect(RuleConditionSchema.safeParse(nested(33, (c) => ({ not: c }))).success).toBe(false);
  });
});

describe('points and the other figures of a model', () => {
  it('refuses points beyond 10,000 either way, naming the rule', () => {
    const issues = issuesOf(parseScoringModel({ fit: [{ id: 'a', points: 1e308 }], engagement: [{ id: 'b', event: 'x', points: -10_000.5 }] }));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['fit[0].points', 'points must be between -10000 and 10000'],
      ['engagement[0].points', 'points must be between -10000 and 10000'],
    ]);
    expect(parseScoringModel({ fit: [{ id: 'a', points: 10_000 }, { id: 'b', points: -10_000 }] }).ok).toBe(true);
  });

  it('gives finite figures for any model within the bounds, whatever its caps, grades, thresholds and half-life', () => {
    const extreme = fc.oneof(fc.constantFrom(0, 1e-300, 1e308, Number.MAX_VALUE, Number.MIN_VALUE), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const model = fc.record({
      fit: fc.array(fc.constantFrom(10_000, -10_000, 9_999.99), { maxLength: 30 }),
      engagement: fc.array(fc.constantFrom(10_000, -10_000), { minLength: 1, maxLength: 10 }),
      halfLifeDays: fc.option(fc.constantFrom(1e-300, Number.MIN_VALUE, 1e-3, 1e308, Number.MAX_VALUE), { nil: undefined }),
      cap: fc.option(extreme, { nil: undefined }),
      grade: fc.option(fc.constantFrom(-Number.MAX_VALUE, 0, Number.MAX_VALUE), { nil: undefined }),
      mql: fc.option(fc.constantFrom(-Number.MAX_VALUE, Number.MAX_VALUE), { nil: undefined }),
    });
    fc.assert(
      fc.property(model, fc.integer({ min: 0, max: 300 }), (m, eventCount) => {
        const input: ScoringModelInput = {
          fit: m.fit.map((points, i) => ({ id: `f${i}`, points })),
          engagement: m.engagement.map((points, i) => ({ id: `e${i}`, event: 'visit', points })),
          ...(m.halfLifeDays === undefined ? {} : { decay: { halfLifeDays: m.halfLifeDays } }),
          ...(m.cap === undefined ? {} : { caps: { fit: m.cap, engagement: m.cap } }),
          ...(m.grade === undefined ? {} : { grades: { A: m.grade } }),
          ...(m.mql === undefined ? {} : { thresholds: { mql: m.mql } }),
        };
        const events = Array.from({ length: eventCount }, (_, i) => ({ type: 'visit', at: new Date(Date.parse(AS_OF) - i * 3_600_000 * 7).toISOString() }));
        const r = valueOf(scoreLead(input, { events }, AS_OF));
        for (const figure of [r.fit, r.engagement, r.total, ...r.contributions.map((c) => c.points)]) expect(Number.isFinite(figure)).toBe(true);
        expect(JSON.parse(JSON.stringify(r)).total).toBe(r.total);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a backtest band width so small that a score divided by it overflows', () => {
    const history = { leads: [{ id: 'H1', fields: {}, scoredAt: AS_OF }] };
    expect(issuesOf(backtest({ fit: [{ id: 'a', points: 10_000 }] }, history, { bandWidth: 1e-320 })).map((i) => i.path)).toEqual(['bandWidth']);
    const report = valueOf(backtest({ fit: [{ id: 'a', points: 10_000 }] }, history, { bandWidth: 0.01 }));
    expect(report.byBand.every((b) => Number.isFinite(b.from) && Number.isFinite(b.to))).toBe(true);
  });
});

describe('names that Object.prototype also has', () => {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it.each(names)('a rule on "%s" reads only the record\'s own field', (field) => {
    for (const op of ['exists', 'neq', 'nin', 'contains', 'startsWith'] as const) {
      const condition = { field, op, value: op === 'nin' ? ['x'] : 'x' } as RuleCondition;
      expect(compileCondition(condition)({})).toBe(false);
      expect(compileCondition(condition)(Object.create(null))).toBe(false);
      expect(explainCondition(condition, {})[0]).toMatchObject({ actual: null, passed: false });
    }
    const own = JSON.parse(`{${JSON.stringify(field)}: "xy"}`) as Record<string, unknown>;
    expect(compileCondition({ field, op: 'eq', value: 'xy' })(own)).toBe(true);
    expect(explainCondition({ field, op: 'startsWith', value: 'x' }, own)[0]).toMatchObject({ actual: 'xy', passed: true });
  });

  it('is read the same way by the scorer and by stage criteria', () => {
    const fit = [{ id: 'c', if: { field: 'constructor', op: 'exists' as const }, points: 5 }];
    expect(valueOf(scoreLead({ fit }, { fields: {} }, AS_OF)).fit).toBe(0);
    expect(valueOf(scoreLead({ fit }, { fields: { constructor: 'yes' } }, AS_OF)).fit).toBe(5);
    const set = valueOf(newDefinitionSet('b2b-standard', { id: 'p', by: 'x', at: AS_OF }));
    const onConstructor = { ...set, stages: { ...set.stages, mql: { ...set.stages.mql, criteria: { field: 'toString', op: 'exists' } } } };
    expect(valueOf(stageOf({ fields: {} }, onConstructor, AS_OF)).stage).toBe('lead');
    expect(valueOf(stageOf({ fields: { toString: 'x' } }, onConstructor, AS_OF)).stage).toBe('mql');
  });

  it('is a catalog key like any other', () => {
    for (const key of names) expect(t('ja', key)).toBe(key);
  });
});

describe('a record value of any depth', () => {
  it('is described without exhausting the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(describeValue(deep, 'en')).toBe('…');
    expect(describeValue({ deep }, 'en')).toBe('…');
    expect(describeValue(cyclic, 'en')).toBe('…');
    expect(describeValue([1, [2, 3], { a: 'b' }], 'en')).toBe('1, [2,3], {"a":"b"}');
    const lead = { fields: { employees: deep } };
    expect(explainCondition({ field: 'employees', op: 'exists' }, lead.fields)[0]?.passed).toBe(true);
  });
});

describe('a lead id in a list', () => {
  const model = { fit: [{ id: 'a', points: 1 }] };

  it('is required and used once by the scorer, the backtest and the KPIs, naming both places', () => {
    expect(issuesOf(scoreLeads(model, [{ fields: {} }], AS_OF))).toEqual([{ path: 'leads[0].id', code: 'custom', message: 'a lead in a list needs an id' }]);
    const twice = [{ id: 'L1' }, { id: 'L2' }, { id: 'L1' }, { id: 'L2' }];
    expect(issuesOf(scoreLeads(model, twice, AS_OF)).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'leads[2].id: the id "L1" is already used at leads[0].id',
      'leads[3].id: the id "L2" is already used at leads[1].id',
    ]);
    const history = { leads: [{ id: 1, scoredAt: AS_OF }, { id: '1', scoredAt: AS_OF }] };
    expect(issuesOf(backtest(model, history)).map((i) => i.path)).toEqual(['leads[1].id']);
    expect(issuesOf(compareModels(model, model, history)).map((i) => i.path)).toEqual(['leads[1].id']);
    const facts = { leads: [{ id: 'K1', mqlAt: '2026-11-01' }, { id: 'K1', mqlAt: '2026-11-02' }] };
    expect(issuesOf(funnelKpis(facts, { asOf: AS_OF }))).toEqual([{ path: 'leads[1].id', code: 'custom', message: 'the id "K1" is already used at leads[0].id' }]);
  });

  it('stays optional for one lead on its own', () => {
    expect(valueOf(scoreLead(model, { fields: {} }, AS_OF)).id).toBeNull();
    expect(valueOf(scoreLead(model, { id: 7 }, AS_OF)).id).toBe('7');
    expect(issuesOf(scoreLead(model, { id: ' ' }, AS_OF))).toEqual([{ path: 'id', code: 'custom', message: 'an id must not be empty' }]);
  });
});

describe('dates the core computes', () => {
  it('plans only when every due date stays within 9999-12-31', () => {
    expect(issuesOf(buildPlan({ answers: {} }, { start: '9999-12-31', asOf: AS_OF }))).toEqual([
      { path: 'start', code: 'too_big', message: 'this plan takes 14 days and would end after 9999-12-31; choose an earlier start' },
    ]);
    const plan = valueOf(buildPlan({ answers: {} }, { start: '9999-12-18', asOf: AS_OF }));
    expect(plan.tasks.map((task) => task.due).sort().at(-1)).toBe('9999-12-31');
  });

  it('bounds the durations of handoff rules to 365 days, and a due date to 9999-12-31', () => {
    // salAcceptanceHours is of the old shape, read past (the SAL window is the agreed set's, bounded there and in acceptWithinHours).
    expect(issuesOf(handoffStatus({ mqlAt: AS_OF }, DEFAULT_HANDOFF_RULES, AS_OF, { acceptWithinHours: 1e308 })).map((i) => i.path)).toEqual(['acceptWithinHours']);
    const tooLong = { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 1e15, salAcceptanceHours: 1e308, recycle: { ...DEFAULT_HANDOFF_RULES.recycle, afterDays: 366 }, escalation: [{ afterMinutes: 9e15, action: 'remind' }] };
    expect(issuesOf(handoffStatus({ mqlAt: AS_OF }, tooLong, AS_OF)).map((i) => i.path).sort()).toEqual([
      'rules.escalation[0].afterMinutes',
      'rules.firstTouchSlaMinutes',
      'rules.recycle.afterDays',
    ]);
    const yearLong = { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 525_600, salAcceptanceHours: 8760, recycle: { ...DEFAULT_HANDOFF_RULES.recycle, afterDays: 365 } };
    const status = valueOf(handoffStatus({ mqlAt: AS_OF, salAt: AS_OF }, yearLong, AS_OF));
    expect(Number.isFinite(status.minutesLeft)).toBe(true);
    expect(issuesOf(handoffStatus({ mqlAt: '9999-12-31T23:30:00Z' }, DEFAULT_HANDOFF_RULES, AS_OF))).toEqual([
      { path: 'lead.mqlAt', code: 'too_big', message: 'the first touch would be due after 9999-12-31' },
    ]);
    expect(valueOf(handoffStatus({ mqlAt: '9999-12-31T22:59:59.999Z' }, DEFAULT_HANDOFF_RULES, '9999-12-31T23:00:00Z')).firstTouchDueAt).toBe('9999-12-31T23:59:59.999Z');
  });
});
