/** @jest-environment ./test/environment/node-with-dom.cjs */
// The Apex twin against the TypeScript core on generated leads, beyond the
// golden cases: facts dated on and around every boundary of the golden
// program's rules (each escalation minute, the SLA, the agreed SAL window,
// the recycle window), in and out of the open cycle, with stored scores,
// steps, reject reasons and events before and after asOf. Each lead goes
// through the core (evaluateLead, handoffStatus, stageOf) and through the
// Apex classes run by the offline interpreter (MaLifecycle.evaluate,
// MaHandoff.statusOf, MaStage.stageOf); the answers must be the same.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const fc = require('fast-check');
const core = require('c/maCore');
const { ApexRuntime, toJs, fromJson } = require('../scripts/lib/apex-run/index.cjs');
const { GOLDEN } = require('../scripts/lib/golden-resource.cjs');

const CLASSES = join(__dirname, '..', 'force-app', 'main', 'default', 'classes');
const { program } = JSON.parse(readFileSync(GOLDEN, 'utf8')).programs.b2b;
const AS_OF = '2026-11-27T09:00:00.000Z';
const AS_OF_MS = Date.parse(AS_OF);
const RUNS = { seed: 20261201, numRuns: 300 };

const rt = new ApexRuntime(CLASSES);
const apexJson = (value) => fromJson(JSON.stringify(value));
const apexProgram = rt.call('MaLifecycle', 'parseProgram', [apexJson(program.model), apexJson(program.definitions), apexJson(program.handoff)]);
const apexAsOf = rt.call('MaDates', 'parseInstant', [AS_OF]);
const field = (obj, name) => obj.fields.get(name.toLowerCase()).value;

const unwrap = (r) => {
  if (!r.ok) throw new Error(`the core refused the lead: ${JSON.stringify(r.issues)}`);
  return r.value;
};

// ---- generated leads ----

const iso = (minutesBeforeAsOf) => new Date(AS_OF_MS - minutesBeforeAsOf * 60000).toISOString();
const DAY = 1440;
// The program's boundaries: escalation 15 / 45 / 60, SLA 60, SAL window 24 h, recycle 30 days; and facts after asOf.
const BOUNDARIES = [0, 1, 14, 15, 16, 44, 45, 46, 59, 60, 61, DAY - 1, DAY, DAY + 1, 30 * DAY - 1, 30 * DAY, 30 * DAY + 1, 31 * DAY, -1, -60];
const minutesAgo = fc.oneof(fc.constantFrom(...BOUNDARIES), fc.integer({ min: -2 * DAY, max: 60 * DAY }));
const after = fc.oneof(fc.constantFrom(0, 1, 20, 59, 60, 61, 90, DAY - 1, DAY, DAY + 1), fc.integer({ min: -DAY, max: 40 * DAY }));
const optional = (arb) => fc.option(arb, { nil: undefined });
/** Absent twice as often as present, so the earlier steps of a handoff get their turn. */
const rarely = (arb) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: arb, weight: 1 });
/** A step dated after the MQL by `after` minutes, or on its own on a boundary before asOf. */
const step = fc.oneof(
  after.map((delta) => ({ delta })),
  minutesAgo.map((ago) => ({ ago })),
);

const fields = fc.record(
  {
    employees: fc.constantFrom(50, 999, 1000, 1200),
    industry: fc.constantFrom('manufacturing', 'Manufacturing', 'retail'),
    title: fc.constantFrom('営業部長', '担当者'),
    isCompetitor: fc.boolean(),
    phone: fc.constantFrom('03-0000-0000'),
    company: fc.constantFrom('東邦精機'),
    budget: fc.constantFrom('allocated', 'none'),
    authority: fc.constantFrom('decision-maker', 'user'),
    need: fc.boolean(),
    timeline: fc.constantFrom('within-3-months', 'next-year'),
  },
  { requiredKeys: [] },
);

const event = fc.record({
  type: fc.constantFrom('page_view', 'form_submit', 'email_open', 'webinar_attended'),
  at: fc.oneof(
    fc.integer({ min: -2 * DAY, max: 90 * DAY }).map(iso),
    fc.integer({ min: -2, max: 90 }).map((d) => iso(d * DAY).slice(0, 10)),
  ),
  props: fc.constantFrom({}, { url: '/pricing' }, { url: '/about' }),
});

/** Facts dated relative to an MQL (or to nothing), as a CRM could hold them. */
const facts = fc
  .record({
    mql: optional(minutesAgo),
    assigned: optional(fc.constantFrom(0, -DAY, 5)),
    firstTouch: rarely(step),
    sal: rarely(step),
    rejected: rarely(step),
    recycled: rarely(step),
    sql: rarely(step),
    rejectReason: optional(fc.constantFrom('duplicate', 'open-opportunity', 'no-need', 'not-a-reason')),
    escalationStep: optional(fc.integer({ min: 0, max: 3 })),
    score: optional(fc.constantFrom(0, 45, 69.9, 70, 85.5)),
    grade: optional(fc.constantFrom('A', 'B', 'D')),
    definitionVersion: optional(fc.constantFrom(2, 3)),
  })
  .map((g) => {
    const out = {};
    const mql = g.mql;
    // Minutes before asOf of a step: its own, or `delta` after the MQL (after 30 days ago without one).
    const ago = (s) => (s === undefined ? undefined : s.ago !== undefined ? s.ago : (mql === undefined ? 30 * DAY : mql) - s.delta);
    const put = (name, minutes) => {
      if (minutes !== undefined) out[name] = iso(minutes);
    };
    put('mqlAt', mql);
    put('assignedAt', g.assigned === undefined ? undefined : ago({ delta: g.assigned }));
    put('firstTouchAt', ago(g.firstTouch));
    put('salAt', ago(g.sal));
    put('salRejectedAt', ago(g.rejected));
    put('recycledAt', ago(g.recycled));
    put('sqlAt', ago(g.sql));
    for (const key of ['rejectReason', 'escalationStep', 'score', 'grade', 'definitionVersion']) if (g[key] !== undefined) out[key] = g[key];
    return out;
  });

const lead = fc.record({ id: fc.constant('G1'), fields, events: fc.array(event, { maxLength: 6 }), facts });

/** The dated facts alone, as handoffStatus and stageOf read them (a stored score is the engine's, not theirs). */
const datedFacts = facts.map(({ score: _score, grade: _grade, ...rest }) => rest);

/** Score figures as stage criteria read them. */
const figures = fc.record({
  total: fc.constantFrom(45, 69.99, 70, 85),
  fit: fc.constantFrom(10, 45),
  engagement: fc.constantFrom(0, 40),
  grade: fc.constantFrom('A', 'B', 'D'),
  mql: fc.boolean(),
});

/**
 * Leads placed exactly on a boundary that random dates reach too rarely:
 * accepted exactly 30 days ago (and a minute either side), touched exactly
 * at the SLA, rejected at the instant of acceptance, recycled at the instant
 * of the MQL, untouched exactly at each escalation minute, an event at asOf.
 */
const boundaryFacts = [
  ...[30 * DAY - 1, 30 * DAY, 30 * DAY + 1].map((sal) => ({
    mqlAt: iso(31 * DAY),
    assignedAt: iso(31 * DAY),
    firstTouchAt: iso(31 * DAY - 20),
    salAt: iso(sal),
  })),
  ...[59, 60, 61].map((touch) => ({ mqlAt: iso(120), assignedAt: iso(120), firstTouchAt: iso(120 - touch) })),
  ...[DAY - 1, DAY, DAY + 1].map((mql) => ({ mqlAt: iso(mql), assignedAt: iso(mql), firstTouchAt: iso(mql - 30) })),
  { mqlAt: iso(90), assignedAt: iso(90), salAt: iso(30), salRejectedAt: iso(30), rejectReason: 'no-need' },
  { mqlAt: iso(40 * DAY), salAt: iso(39 * DAY), recycledAt: iso(5 * DAY), sqlAt: iso(5 * DAY) },
  { mqlAt: iso(DAY), recycledAt: iso(DAY) },
  ...[14, 15, 16, 44, 45, 46, 59, 60, 61].flatMap((m) => [0, 1, 2, 3].map((escalationStep) => ({ mqlAt: iso(m), assignedAt: iso(m), escalationStep }))),
];
const boundaryLeads = boundaryFacts.map((f) => ({
  id: 'B1',
  fields: { employees: 1200, industry: 'manufacturing', title: '営業部長' },
  events: [{ type: 'form_submit', at: AS_OF, props: {} }],
  facts: { ...f, score: 70, grade: 'A', definitionVersion: 3 },
}));

// ---- the two engines ----

function apexEvaluate(l) {
  const input = rt.call('MaLifecycle', 'parseLead', [apexJson(l), 'lead']);
  return toJs(rt.callMethod(rt.call('MaLifecycle', 'evaluate', [apexProgram, input, apexAsOf]), 'toMap'));
}

function apexHandoff(f) {
  const cut = rt.callMethod(rt.call('MaLeadFacts', 'parse', [apexJson(f), 'lead']), 'asOf', [apexAsOf]);
  const definitions = field(apexProgram, 'definitions');
  const s = rt.call('MaHandoff', 'statusOf', [cut, field(apexProgram, 'handoff'), field(definitions, 'acceptWithinHours'), apexAsOf]);
  return {
    status: field(s, 'status'),
    minutesLeft: toJs(field(s, 'minutesLeft')),
    minutesOverdue: toJs(field(s, 'minutesOverdue')),
    nextAction: field(s, 'nextAction'),
  };
}

function apexStage(f) {
  const cut = rt.callMethod(rt.call('MaLeadFacts', 'parse', [apexJson(f), 'lead']), 'asOf', [apexAsOf]);
  const r = rt.call('MaStage', 'stageOf', [cut, field(apexProgram, 'definitions')]);
  const iso = (ms) => (ms === null ? null : new Date(Number(ms.v)).toISOString());
  return {
    stage: field(r, 'stage'),
    decidedBy: field(r, 'decidedBy').items.map((d) => ({ stage: field(d, 'stage'), passed: field(d, 'passed'), recordedAt: iso(field(d, 'recordedAt')) })),
  };
}

describe('the Apex twin and the TypeScript core on generated leads', () => {
  it('evaluate: the same score, stage, clock, changes and actions', () => {
    fc.assert(
      fc.property(lead, (l) => {
        const { score, explain: _explain, ...rest } = unwrap(core.evaluateLead(program, l, AS_OF));
        const apex = apexEvaluate(l);
        for (const key of ['total', 'fit', 'engagement']) expect(apex.score[key]).toBeCloseTo(score[key], 9);
        expect(apex.score.grade).toBe(score.grade);
        delete apex.score;
        expect(apex).toEqual(rest);
      }),
      { ...RUNS, examples: boundaryLeads.map((l) => [l]) },
    );
  });

  it('handoffStatus: the same status, minutes and next action', () => {
    fc.assert(
      fc.property(datedFacts, (f) => {
        const r = unwrap(core.handoffStatus(f, program.handoff, AS_OF, { acceptWithinHours: program.definitions.stages.sal.acceptWithinHours }));
        expect(apexHandoff(f)).toEqual({ status: r.status, minutesLeft: r.minutesLeft, minutesOverdue: r.minutesOverdue, nextAction: r.nextAction.key });
      }),
      { ...RUNS, examples: boundaryFacts.map((f) => [f]) },
    );
  });

  it('stageOf: the same stage and the same decisions', () => {
    fc.assert(
      fc.property(datedFacts, fields, optional(figures), (f, leadFields, score) => {
        const withFields = { ...f, fields: leadFields, ...(score ? { score } : {}) };
        const r = unwrap(core.stageOf(withFields, program.definitions, AS_OF));
        expect(apexStage(withFields)).toEqual({
          stage: r.stage,
          decidedBy: r.decidedBy.map((d) => ({ stage: d.stage, passed: d.passed, recordedAt: d.recordedAt })),
        });
      }),
      { ...RUNS, examples: boundaryFacts.map((f) => [f, { phone: '03-0000-0000', company: '東邦精機' }, undefined]) },
    );
  });
});
