// The shared golden cases (tests/cases/golden.json), worked out by hand from
// the seed; every surface runs them, so the core must agree with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/method';

interface GoldenCase {
  name: string;
  asOf: string;
  input: unknown;
  expect: {
    level: number;
    checkedCount: number;
    nextLevel: number | null;
    checksToNextLevel: number | null;
    effectiveLevel: number;
    gaps: number[];
    unanswered?: number[];
    contradictions: [number, number][];
    failurePatterns: string[];
    byRole?: Record<string, number>;
    alignment?: { disagreements: number[]; levelSpread: number };
  };
}

const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tests', 'cases', 'golden.json'), 'utf8')) as {
  diagnosis: GoldenCase[];
};

describe('golden diagnosis cases', () => {
  it.each(golden.diagnosis.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = diagnose(c.input, { asOf: c.asOf });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const d = result.value;
    expect(d.level).toBe(c.expect.level);
    expect(d.checkedCount).toBe(c.expect.checkedCount);
    expect(d.nextLevel).toBe(c.expect.nextLevel);
    expect(d.checksToNextLevel).toBe(c.expect.checksToNextLevel);
    expect(d.effectiveLevel).toBe(c.expect.effectiveLevel);
    expect(d.gaps).toEqual(c.expect.gaps);
    if (c.expect.unanswered) expect(d.unanswered).toEqual(c.expect.unanswered);
    const pairs = d.contradictions.map((x) => [x.item, x.requires]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(pairs).toEqual(c.expect.contradictions);
    expect(d.failurePatterns.map((f) => f.id).sort()).toEqual(c.expect.failurePatterns);
    if (c.expect.byRole) expect(d.byRole).toEqual(c.expect.byRole);
    if (c.expect.alignment) {
      expect(d.alignment?.disagreements).toEqual(c.expect.alignment.disagreements);
      expect(d.alignment?.levelSpread).toBe(c.expect.alignment.levelSpread);
    }
  });
});
