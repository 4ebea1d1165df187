// The core's run of the cross-surface golden cases (tests/cases/golden.json).
// The Lightning components and the HubSpot cards run the same file against
// what they display, so the three cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  authorizeSetWrite,
  authorizeSignature,
  buildPlan,
  definitionsInForce,
  diagnose,
  evaluateLead,
  formatClock,
  formatScore,
  funnelKpis,
  handoffStatus,
  scoreLead,
  signOffStatus,
  stageOf,
  t,
  withStoredSignatures,
  type Lang,
  type Role,
} from '../src';

interface Golden {
  specVersion: number;
  diagnosis: { name: string; asOf: string; input: unknown; expect: Record<string, unknown> }[];
  scoring: {
    name: string;
    asOf: string;
    model: unknown;
    lead: { id: string; fields: Record<string, unknown>; events: unknown[] };
    definitions?: unknown;
    facts?: Record<string, unknown>;
    expect: { fit: number; engagement: number; total: number; grade: string; mql: boolean; stage?: string };
  }[];
  kpi: { name: string; asOf: string; slaMinutes: number; leads: unknown[]; expect: Record<string, number | null> }[];
  programs: Record<string, { program: { model: unknown; definitions: Record<string, unknown> & { stages: { sal: { acceptWithinHours: number } } }; handoff?: unknown } }>;
  evaluate: {
    name: string;
    program: string;
    asOf: string;
    lead: unknown;
    expect: { score: Record<string, number | string>; [key: string]: unknown };
    display: Record<Lang, { stage: string; handoff: string; clock: string; score: string; actions: string[] }>;
  }[];
  stageOf: {
    name: string;
    program: string;
    asOf: string;
    lead: unknown;
    expect: { stage: string; decidedBy: { stage: string; passed: boolean; recordedAt: string | null }[] };
    display: Record<Lang, { stage: string }>;
  }[];
  handoffStatus: {
    name: string;
    program: string;
    asOf: string;
    lead: unknown;
    expect: { status: string; minutesLeft: number | null; minutesOverdue: number | null; nextAction: string };
    display: Record<Lang, { status: string; clock: string; next: string }>;
  }[];
  plan: {
    name: string;
    input: unknown;
    start: string;
    toLevel: number | null;
    expect: { level: number; targetLevel: number; projectedLevel: number; taskIds: string[]; dueDates?: Record<string, string> };
  }[];
  signOff: {
    name: string;
    program: string;
    set: Record<string, unknown>;
    signatures: unknown[];
    signers: Record<string, string[]>;
    attempts: { by: string; role: string; version: number; at: string; expect: string }[];
    expect: { state: string; signed: string[]; missing: string[] };
  }[];
  definitionsInForce: {
    name: string;
    program: string;
    versions: { key: string; set: Record<string, unknown>; signatures: unknown[] }[];
    expect: { inForce: string | null; states: Record<string, string>; changes: unknown[]; logged: Record<string, unknown[]> };
  }[];
  setWrites: { name: string; program: string; stored: Record<string, unknown> | null; next: Record<string, unknown>; expect: string }[];
}

const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', 'tests', 'cases', 'golden.json'), 'utf8')) as Golden;

type GoldenProfile = { axis: string; items: number[]; checked: number; total: number; share: number }[];

/** The contract shape exactly; shares to 4 decimal places. */
function expectProfile(actual: GoldenProfile, expected: GoldenProfile): void {
  expect(actual.map(({ share: _share, ...rest }) => rest)).toEqual(expected.map(({ share: _share, ...rest }) => rest));
  expected.forEach((axis, i) => expect(actual[i]?.share).toBeCloseTo(axis.share, 4));
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('golden cases', () => {
  it('are of the spec version this core implements', () => {
    expect(golden.specVersion).toBe(1);
  });

  describe.each(golden.diagnosis.map((c) => [c.name, c] as const))('diagnosis: %s', (_name, c) => {
    const d = unwrap(diagnose(c.input, { asOf: c.asOf, lang: 'en' }));
    const e = c.expect;
    it('gives the expected level and counts', () => {
      expect(d.level).toBe(e.level);
      expect(d.checkedCount).toBe(e.checkedCount);
      expect(d.nextLevel).toBe(e.nextLevel);
      expect(d.checksToNextLevel).toBe(e.checksToNextLevel);
      expect(d.effectiveLevel).toBe(e.effectiveLevel);
    });
    it('orders the gaps and finds the contradictions and failure patterns', () => {
      expect(d.gaps).toEqual(e.gaps);
      if (e.unanswered) expect(d.unanswered).toEqual(e.unanswered);
      const pairs = d.contradictions.map((x) => [x.item, x.requires]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      expect(pairs).toEqual(e.contradictions);
      expect(d.failurePatterns.map((p) => p.id).sort()).toEqual(e.failurePatterns);
    });
    it('profiles the three axes and names the weakest', () => {
      expectProfile(d.profile, e.profile as GoldenProfile);
      expect(d.weakestAxis?.axis ?? null).toBe(e.weakestAxis);
      if (e.profileByRole) {
        const byRole = e.profileByRole as Record<string, GoldenProfile>;
        expect(Object.keys(d.profileByRole ?? {})).toEqual(Object.keys(byRole));
        for (const [role, profile] of Object.entries(byRole)) expectProfile(d.profileByRole?.[role as Role] ?? [], profile);
      } else {
        expect(d.profileByRole).toBeUndefined();
      }
    });
    if (e.byRole) {
      it('gives each role its level and the alignment gap', () => {
        expect(d.byRole).toEqual(e.byRole);
        expect(d.alignment?.disagreements).toEqual((e.alignment as { disagreements: number[] }).disagreements);
        expect(d.alignment?.levelSpread).toBe((e.alignment as { levelSpread: number }).levelSpread);
      });
    }
  });

  describe.each(golden.scoring.map((c) => [c.name, c] as const))('scoring: %s', (_name, c) => {
    it('scores fit, engagement, total, grade and MQL', () => {
      const r = unwrap(scoreLead(c.model as never, c.lead, c.asOf));
      expect(r.fit).toBeCloseTo(c.expect.fit, 2);
      expect(r.engagement).toBeCloseTo(c.expect.engagement, 2);
      expect(r.total).toBeCloseTo(c.expect.total, 2);
      expect(r.grade).toBe(c.expect.grade);
      expect(r.mql).toBe(c.expect.mql);
    });
    if (c.expect.stage !== undefined) {
      it('places the lead in the expected stage', () => {
        const score = unwrap(scoreLead(c.model as never, c.lead, c.asOf));
        const s = unwrap(stageOf({ ...c.facts, fields: c.lead.fields, score }, c.definitions, c.asOf));
        expect(s.stage).toBe(c.expect.stage);
      });
    }
  });

  describe.each(golden.kpi.map((c) => [c.name, c] as const))('kpi: %s', (_name, c) => {
    it('gives the funnel counts and rates', () => {
      const k = unwrap(funnelKpis({ leads: c.leads }, { asOf: c.asOf, slaMinutes: c.slaMinutes })) as unknown as Record<
        string,
        number | null
      >;
      for (const [key, value] of Object.entries(c.expect)) {
        if (value === null) expect(k[key]).toBeNull();
        else expect(k[key]).toBeCloseTo(value, 4);
      }
    });
  });

  describe.each(golden.signOff.map((c) => [c.name, c] as const))('signOff: %s', (_name, c) => {
    const set = { ...golden.programs[c.program]!.program.definitions, ...c.set };
    it('derives the state and the departments signed from the stored signatures', () => {
      const derived = unwrap(withStoredSignatures(set, c.signatures));
      expect(derived.state).toBe(c.expect.state);
      expect(signOffStatus(derived)).toEqual({ signed: c.expect.signed, missing: c.expect.missing });
    });
    it.each(c.attempts.map((a) => [`${a.by} signs ${a.role} v${a.version}: ${a.expect}`, a] as const))('%s', (_label, a) => {
      const signer = { by: a.by, departments: c.signers[a.by] ?? [] };
      const answer = authorizeSignature(set, c.signatures, { role: a.role as never, version: a.version, at: a.at }, signer);
      expect(answer.ok ? 'ok' : answer.issues[0]?.code).toBe(a.expect);
      if (answer.ok) expect(answer.value).toEqual({ role: a.role, by: a.by, at: a.at, version: a.version });
    });
  });

  const LANGS: Lang[] = ['ja', 'en'];
  const programOf = (name: string) => golden.programs[name]!.program;

  describe.each(golden.evaluate.map((c) => [c.name, c] as const))('evaluate: %s', (_name, c) => {
    it('answers the score, stage, clock, changes and actions of the contract', () => {
      const r = unwrap(evaluateLead(programOf(c.program), c.lead, c.asOf));
      const { score, ...rest } = c.expect;
      const answeredScore: Record<string, unknown> = r.score;
      for (const [k, v] of Object.entries(score)) {
        if (typeof v === 'number') expect(answeredScore[k]).toBeCloseTo(v, 2);
        else expect(answeredScore[k]).toBe(v);
      }
      const { score: _s, explain: _e, ...answered } = r;
      expect(answered).toEqual(rest);
    });
    it.each(LANGS)('reads in %s as the surfaces show it', (lang) => {
      const r = unwrap(evaluateLead(programOf(c.program), c.lead, c.asOf, { lang }));
      expect({
        stage: t(lang, `stage.${r.stage}`),
        handoff: t(lang, `handoff.status.${r.handoff.status}`),
        clock: formatClock(r.handoff, lang),
        score: formatScore(r.score.total),
        actions: r.actions.map((a) => t(lang, `lifecycle.action.${a.type}`)),
      }).toEqual(c.display[lang]);
    });
  });

  describe.each(golden.stageOf.map((c) => [c.name, c] as const))('stageOf: %s', (_name, c) => {
    it.each(LANGS)('places the lead and says why (%s)', (lang) => {
      const r = unwrap(stageOf(c.lead, programOf(c.program).definitions, c.asOf, { lang }));
      expect(r.stage).toBe(c.expect.stage);
      expect(r.decidedBy.map((d) => ({ stage: d.stage, passed: d.passed, recordedAt: d.recordedAt }))).toEqual(c.expect.decidedBy);
      expect(t(lang, `stage.${r.stage}`)).toBe(c.display[lang].stage);
    });
  });

  describe.each(golden.handoffStatus.map((c) => [c.name, c] as const))('handoffStatus: %s', (_name, c) => {
    it.each(LANGS)('runs the clock under the rules and the agreed SAL window (%s)', (lang) => {
      const program = programOf(c.program);
      const r = unwrap(handoffStatus(c.lead, program.handoff, c.asOf, { lang, acceptWithinHours: program.definitions.stages.sal.acceptWithinHours }));
      expect({ status: r.status, minutesLeft: r.minutesLeft, minutesOverdue: r.minutesOverdue, nextAction: r.nextAction.key }).toEqual(c.expect);
      expect({ status: t(lang, `handoff.status.${r.status}`), clock: formatClock(r, lang), next: r.nextAction.text }).toEqual(c.display[lang]);
    });
  });

  describe.each(golden.plan.map((c) => [c.name, c] as const))('plan: %s', (_name, c) => {
    it('plans to the level the core decides, with the tasks in order and their due dates', () => {
      const p = unwrap(buildPlan(c.input, { start: c.start, ...(c.toLevel === null ? {} : { toLevel: c.toLevel }) }));
      expect({ level: p.level, targetLevel: p.targetLevel, projectedLevel: p.projectedLevel, taskIds: p.tasks.map((x) => x.id) }).toEqual({
        level: c.expect.level,
        targetLevel: c.expect.targetLevel,
        projectedLevel: c.expect.projectedLevel,
        taskIds: c.expect.taskIds,
      });
      for (const [id, due] of Object.entries(c.expect.dueDates ?? {})) expect(p.tasks.find((x) => x.id === id)?.due).toBe(due);
    });
  });

  describe.each(golden.definitionsInForce.map((c) => [c.name, c] as const))('definitionsInForce: %s', (_name, c) => {
    const definitions = golden.programs[c.program]!.program.definitions;
    const versions = c.versions.map((v) => ({ key: v.key, set: { ...definitions, ...v.set }, signatures: v.signatures }));
    it('puts the highest agreed version in force and answers the record changes and the log entries each version gains', () => {
      const answer = unwrap(definitionsInForce(versions));
      expect(answer.inForce).toBe(c.expect.inForce);
      expect(answer.states).toEqual(c.expect.states);
      expect(answer.changes).toEqual(c.expect.changes);
      const storedLog = (definitions.log as unknown[]).length;
      expect(Object.fromEntries(Object.entries(answer.sets).map(([key, set]) => [key, set.log.slice(storedLog)]))).toEqual(c.expect.logged);
      for (const [key, state] of Object.entries(c.expect.states)) expect(answer.sets[key]!.state).toBe(state);
    });
  });

  describe.each(golden.setWrites.map((c) => [c.name, c] as const))('setWrites: %s', (_name, c) => {
    it('allows the write or refuses it with the expected code', () => {
      const definitions = golden.programs[c.program]!.program.definitions;
      const stored = c.stored === null ? null : { ...definitions, ...c.stored };
      const answer = authorizeSetWrite(stored, { ...definitions, ...c.next });
      expect(answer.ok ? 'ok' : answer.issues[0]?.code).toBe(c.expect);
    });
  });
});
