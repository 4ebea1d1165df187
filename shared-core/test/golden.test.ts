// The core's run of the cross-surface golden cases (tests/cases/golden.json).
// The Lightning components and the HubSpot cards run the same file against
// what they display, so the three cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, funnelKpis, scoreLead, stageOf, type Role } from '../src';

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
});
