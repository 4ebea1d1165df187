import fc from 'fast-check';
import {
  applyChanges,
  evaluateLead,
  evaluateLeads,
  newDefinitionSet,
  type LeadEvaluation,
  type StoredFactsInput,
} from '../../src';
import { issuesOf, valueOf } from './helpers';

// The lifecycle engine, rule by rule (docs/RULES.md, "The lead lifecycle
// engine"). The program is small so every figure can be checked by hand:
// fit 40 for a large company, 30 per form (no decay), 10 per visit (at most
// 3); MQL is a score of 60 or more; SQL needs an allocated budget.
const ASOF = '2026-11-27T09:00:00.000Z';
const T = Date.parse(ASOF);
const MIN = 60_000;
const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(T + offsetMs).toISOString();

function agreedSet(version = 3) {
  const set = valueOf(
    newDefinitionSet(
      {
        mql: { criteria: { field: 'score', op: 'gte', value: 60 }, description: { ja: 'スコア60以上', en: 'Score 60 or more' } },
        sal: { acceptWithinHours: 24, rejectReasons: ['no-need', 'duplicate'], description: { ja: 'IS が受け入れ', en: 'IS accepted' } },
        sql: { criteria: { field: 'budget', op: 'eq', value: 'allocated' }, description: { ja: '予算確保', en: 'Budget allocated' } },
      },
      { id: 'test-set', by: 'admin', at: '2026-10-01T00:00:00Z' },
    ),
  );
  return { ...set, version, state: 'agreed' as const };
}

const model = {
  fit: [{ id: 'large', if: { field: 'employees', op: 'gte', value: 1000 }, points: 40 }],
  engagement: [
    { id: 'form', event: 'form_submit', points: 30 },
    { id: 'visit', event: 'page_view', points: 10, maxCount: 3 },
  ],
  grades: { A: 40, B: 20 },
  thresholds: { mql: 10 },
};

const handoff = {
  assignee: { kind: 'queue', value: 'IS_Queue' },
  fallback: { kind: 'queue', value: 'IS_Fallback' },
  methods: ['owner-change', 'task', 'notification'],
  firstTouchSlaMinutes: 60,
  escalation: [
    { afterMinutes: 15, action: 'remind' },
    { afterMinutes: 45, action: 'notify-manager' },
    { afterMinutes: 60, action: 'reassign' },
  ],
  recycle: { afterDays: 30, reason: 'no-need', reentry: { field: 'score', op: 'gte', value: 60 } },
};

const program = { model, definitions: agreedSet(), handoff };
const big = { employees: 1200 };
const form = (offsetMs: number) => ({ type: 'form_submit', at: at(offsetMs) });

const evaluate = (lead: { fields?: object; events?: object[]; facts?: StoredFactsInput }, asOf = ASOF, p: object = program): LeadEvaluation =>
  valueOf(evaluateLead(p, { id: 'L1', fields: {}, events: [], facts: {}, ...lead }, asOf, { lang: 'en' }));

describe('1. score', () => {
  it('writes the total (one decimal) and grade only when they differ from what is stored', () => {
    const fresh = evaluate({ fields: big, events: [form(-DAY)], facts: { mqlAt: at(-DAY), assignedAt: at(-DAY), firstTouchAt: at(-DAY) } });
    expect(fresh.score).toEqual({ total: 70, fit: 40, engagement: 30, grade: 'A' });
    expect(fresh.changes).toEqual({ score: 70, grade: 'A' });
    const same = evaluate({ fields: big, events: [form(-DAY)], facts: { mqlAt: at(-DAY), assignedAt: at(-DAY), firstTouchAt: at(-DAY), score: 70, grade: 'A' } });
    expect(same.changes).toEqual({});
    expect(same.actions).toEqual([]);
  });
});

describe('2. MQL is the agreed definition', () => {
  it('stamps a lead whose fresh score meets the agreed criteria, with the set version', () => {
    const r = evaluate({ fields: big, events: [form(-DAY)] });
    expect(r.changes).toMatchObject({ mqlAt: ASOF, definitionVersion: 3 });
    expect(r.stage).toBe('mql');
  });

  it('never stamps on the model’s own threshold', () => {
    const r = evaluate({ events: [form(-DAY)] }); // 30 points: above thresholds.mql (10), below the criteria (60)
    expect(r.changes).toEqual({ score: 30, grade: 'D' });
    expect(r.stage).toBe('lead');
    expect(r.handoff).toEqual({ status: 'waiting', minutesLeft: null, minutesOverdue: null });
  });

  it('keeps a recorded MQL when the score drops, and does not stamp an open cycle again', () => {
    const r = evaluate({ facts: { mqlAt: at(-DAY), assignedAt: at(-DAY), firstTouchAt: at(-DAY), score: 70, grade: 'A', definitionVersion: 2 } });
    expect(r.changes).toEqual({ score: 0, grade: 'D' });
    expect(r.stage).toBe('mql');
  });

  it('lets a recycled lead re-enter only on engagement after the recycle that counts', () => {
    const recycled = { mqlAt: at(-60 * DAY), assignedAt: at(-60 * DAY), salAt: at(-59 * DAY), recycledAt: at(-20 * DAY), score: 70, grade: 'A' as const, escalationStep: 2 };
    const stale = evaluate({ fields: big, events: [form(-30 * DAY)], facts: recycled });
    expect(stale.changes).toEqual({});
    expect(stale.stage).toBe('recycled');
    expect(stale.handoff.status).toBe('recycled');

    const back = evaluate({ fields: big, events: [form(-30 * DAY), form(-DAY)], facts: { ...recycled, score: 100 } });
    expect(back.changes).toEqual({ mqlAt: ASOF, definitionVersion: 3, escalationStep: 0, assignedAt: ASOF });
    expect(back.actions.map((a) => a.type)).toEqual(['assign', 'create-task', 'notify']);
    expect(back.stage).toBe('mql');

    // An event no rule counts is not engagement.
    const ignored = evaluate({ fields: big, events: [form(-30 * DAY), { type: 'webinar', at: at(-DAY) }], facts: recycled });
    expect(ignored.changes).toEqual({});
  });

  it('needs the re-entry condition as well as the MQL criteria', () => {
    const p = { ...program, handoff: { ...handoff, recycle: { ...handoff.recycle, reentry: { field: 'grade', op: 'eq', value: 'B' } } } };
    const facts = { mqlAt: at(-60 * DAY), salAt: at(-59 * DAY), recycledAt: at(-20 * DAY), score: 100, grade: 'A' as const };
    expect(evaluate({ fields: big, events: [form(-30 * DAY), form(-DAY)], facts }, ASOF, p).changes).toEqual({});
  });
});

describe('3 and 4. cycles and assignment', () => {
  it('assigns a new MQL: the owner change, a task due at the SLA, a notification, in the order of the methods', () => {
    const r = evaluate({ fields: big, events: [form(-DAY)] });
    expect(r.changes.assignedAt).toBe(ASOF);
    expect(r.actions).toEqual([
      { type: 'assign', to: { kind: 'queue', value: 'IS_Queue' } },
      { type: 'create-task', dueAt: at(60 * MIN) },
      { type: 'notify' },
    ]);
  });

  it('dates the task from the MQL, not from the late assignment', () => {
    const r = evaluate({ facts: { mqlAt: at(-10 * MIN), score: 0, grade: 'D' } });
    expect(r.actions).toContainEqual({ type: 'create-task', dueAt: at(50 * MIN) });
  });

  it('treats facts dated before the cycle’s MQL as an earlier cycle’s', () => {
    const facts = { mqlAt: at(-5 * MIN), assignedAt: at(-40 * DAY), firstTouchAt: at(-40 * DAY), salAt: at(-39 * DAY), recycledAt: at(-9 * DAY), score: 70, grade: 'A' as const };
    const r = evaluate({ fields: big, events: [form(-DAY)], facts });
    expect(r.changes).toEqual({ assignedAt: ASOF });
    expect(r.stage).toBe('mql');
    expect(r.handoff).toEqual({ status: 'on-time', minutesLeft: 55, minutesOverdue: null });
  });
});

describe('5. escalation', () => {
  const cycle = (minutesAgo: number, step?: number): StoredFactsInput => ({
    mqlAt: at(-minutesAgo * MIN),
    assignedAt: at(-minutesAgo * MIN),
    score: 0,
    grade: 'D',
    ...(step === undefined ? {} : { escalationStep: step }),
  });

  it('takes each step reached once, from the stored step on, and records how many were reached', () => {
    expect(evaluate({ facts: cycle(10) })).toMatchObject({ changes: {}, actions: [] });
    expect(evaluate({ facts: cycle(20) })).toMatchObject({ changes: { escalationStep: 1 }, actions: [{ type: 'remind', step: 0 }] });
    expect(evaluate({ facts: cycle(50, 1) })).toMatchObject({ changes: { escalationStep: 2 }, actions: [{ type: 'notify-manager', step: 1 }] });
    expect(evaluate({ facts: cycle(70) })).toMatchObject({
      changes: { escalationStep: 3 },
      actions: [
        { type: 'remind', step: 0 },
        { type: 'notify-manager', step: 1 },
        { type: 'reassign', step: 2, to: { kind: 'queue', value: 'IS_Fallback' } },
      ],
    });
    expect(evaluate({ facts: cycle(70) }).handoff).toEqual({ status: 'breached', minutesLeft: null, minutesOverdue: 10 });
  });

  it('takes a step exactly at its minute, and never lowers the stored step', () => {
    expect(evaluate({ facts: cycle(15) }).actions).toEqual([{ type: 'remind', step: 0 }]);
    expect(evaluate({ facts: cycle(20, 3) })).toMatchObject({ changes: {}, actions: [] });
  });

  it('stops once the lead is touched, accepted or rejected in the cycle', () => {
    for (const touch of [{ firstTouchAt: at(-5 * MIN) }, { salAt: at(-5 * MIN) }, { salRejectedAt: at(-5 * MIN), rejectReason: 'duplicate' }]) {
      expect(evaluate({ facts: { ...cycle(70), ...touch } }).actions).toEqual([]);
    }
    // A touch of an earlier cycle does not stop this one's clock.
    expect(evaluate({ facts: { ...cycle(20), firstTouchAt: at(-90 * MIN) } }).actions).toEqual([{ type: 'remind', step: 0 }]);
  });

  it('carries no fallback on a reassign when the rules name none', () => {
    const { fallback: _none, ...rules } = handoff;
    expect(evaluate({ facts: cycle(70, 2) }, ASOF, { ...program, handoff: rules }).actions).toEqual([{ type: 'reassign', step: 2 }]);
  });
});

describe('6. recycle', () => {
  const acceptedAgo = (days: number, extra: StoredFactsInput = {}): StoredFactsInput => ({
    mqlAt: at(-days * DAY - DAY),
    assignedAt: at(-days * DAY - DAY),
    firstTouchAt: at(-days * DAY - DAY),
    salAt: at(-days * DAY),
    score: 0,
    grade: 'D',
    ...extra,
  });

  it('sends an accepted lead without progress back to nurture after the agreed days', () => {
    expect(evaluate({ facts: acceptedAgo(30) }).actions).toEqual([]);
    const r = evaluate({ facts: acceptedAgo(31) });
    expect(r.changes).toEqual({ recycledAt: ASOF });
    expect(r.actions).toEqual([{ type: 'recycle', reason: 'no-need' }]);
    expect(r.stage).toBe('recycled');
    expect(r.handoff.status).toBe('recycled');
  });

  it('keeps a lead that reached SQL, meets the SQL criteria, or was rejected after acceptance', () => {
    expect(evaluate({ facts: acceptedAgo(31, { sqlAt: at(-DAY) }) }).actions).toEqual([]);
    expect(evaluate({ fields: { budget: 'allocated' }, facts: acceptedAgo(31) }).actions).toEqual([]);
    expect(evaluate({ facts: acceptedAgo(31, { salRejectedAt: at(-DAY), rejectReason: 'no-need' }) }).actions).toEqual([]);
  });
});

describe('7 and 8. what has happened, and idempotence', () => {
  it('ignores facts and events dated after asOf', () => {
    const r = evaluate({ fields: big, events: [form(DAY)], facts: { mqlAt: at(DAY), salAt: at(2 * DAY) } });
    expect(r.score.engagement).toBe(0);
    expect(r.changes).toEqual({ score: 40, grade: 'A' });
    expect(r.stage).toBe('lead');
  });

  const factsArb: fc.Arbitrary<StoredFactsInput> = fc.record(
    {
      mqlAt: fc.integer({ min: -90, max: 2 }).map((d) => at(d * DAY)),
      assignedAt: fc.integer({ min: -90 * 24, max: 24 }).map((h) => at(h * 3_600_000)),
      firstTouchAt: fc.integer({ min: -90 * 24, max: 24 }).map((h) => at(h * 3_600_000)),
      salAt: fc.integer({ min: -90, max: 2 }).map((d) => at(d * DAY)),
      salRejectedAt: fc.integer({ min: -90, max: 2 }).map((d) => at(d * DAY)),
      recycledAt: fc.integer({ min: -90, max: 2 }).map((d) => at(d * DAY)),
      sqlAt: fc.integer({ min: -90, max: 2 }).map((d) => at(d * DAY)),
      score: fc.integer({ min: 0, max: 200 }),
      grade: fc.constantFrom('A', 'B', 'C', 'D'),
      escalationStep: fc.integer({ min: 0, max: 4 }),
    },
    { requiredKeys: [] },
  );
  const eventsArb = fc.array(
    fc.record({ type: fc.constantFrom('form_submit', 'page_view', 'webinar'), at: fc.integer({ min: -90 * 24, max: 24 }).map((h) => at(h * 3_600_000)) }),
    { maxLength: 6 },
  );

  it('evaluate, apply the changes, evaluate again at the same asOf: no changes, no actions', () => {
    fc.assert(
      fc.property(factsArb, eventsArb, fc.boolean(), fc.integer({ min: 0, max: 180 }), (facts, events, large, minutes) => {
        const asOf = at(minutes * MIN);
        const lead = { fields: large ? big : {}, events, facts };
        const first = evaluate(lead, asOf);
        const second = evaluate({ ...lead, facts: applyChanges(facts, first.changes) }, asOf);
        expect(second.changes).toEqual({});
        expect(second.actions).toEqual([]);
        expect(second.stage).toBe(first.stage);
        expect(second.handoff).toEqual(first.handoff);
      }),
      { numRuns: 400 },
    );
  });
});

describe('bad input', () => {
  it('enforces only an agreed set, naming definitions.state', () => {
    const draft = { ...program, definitions: { ...agreedSet(), state: 'in_review' } };
    expect(issuesOf(evaluateLead(draft, { id: 'L1' }, ASOF))).toEqual([
      { path: 'program.definitions.state', code: 'not_agreed', message: 'only an agreed definition set is enforced; version 3 is in_review' },
    ]);
  });

  it('names a lead without id, an unknown fact, an impossible instant and a bad score', () => {
    const issues = issuesOf(evaluateLeads(program, { leads: [{ fields: {} }, { id: 'x', facts: { mqlat: ASOF, salAt: 'soon', score: 'high' } }] }, ASOF));
    expect(issues.map((i) => i.path).sort()).toEqual(['leads[0].id', 'leads[1].facts', 'leads[1].facts.salAt', 'leads[1].facts.score']);
  });

  it('refuses a repeated id, naming both places', () => {
    expect(issuesOf(evaluateLeads(program, { leads: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] }, ASOF))).toEqual([
      { path: 'leads[2].id', code: 'custom', message: 'the id "a" is already used at leads[0].id' },
    ]);
  });

  it('refuses an asOf so late that a task due after it would not be a valid date', () => {
    expect(issuesOf(evaluateLead(program, { id: 'L1' }, '9999-06-01T00:00:00Z'))).toEqual([
      { path: 'asOf', code: 'too_big', message: 'asOf is too late: a task due after it would fall after 9999-12-31' },
    ]);
  });

  it('uses the core’s handoff defaults when the program has none', () => {
    const r = evaluate({ fields: big, events: [form(-DAY)] }, ASOF, { model, definitions: agreedSet() });
    expect(r.actions).toEqual([
      { type: 'assign', to: { kind: 'role', value: 'insideSales' } },
      { type: 'create-task', dueAt: at(60 * MIN) },
      { type: 'notify' },
    ]);
  });

  it('still reads handoff rules stored in the old shape', () => {
    const old = { ...handoff, salAcceptanceHours: 8, rejectReasons: ['duplicate'] };
    expect(evaluate({ fields: big, events: [form(-DAY)] }, ASOF, { ...program, handoff: old }).changes.mqlAt).toBe(ASOF);
  });
});
