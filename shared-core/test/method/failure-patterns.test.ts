import { FAILURE_PATTERN_IDS, FAILURE_PATTERN_RULES, diagnose, type FailurePatternId } from '../../src/method';
import { AS_OF, answersWith, firstChecked } from './helpers';

function patterns(checked: number[], history?: unknown) {
  const result = diagnose({ answers: answersWith(checked), ...(history ? { history } : {}) }, { asOf: AS_OF, lang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const ids = (checked: number[], history?: unknown) => patterns(checked, history).failurePatterns.map((f) => f.id);
const evidenceOf = (id: FailurePatternId, checked: number[], history?: unknown) =>
  patterns(checked, history).failurePatterns.find((f) => f.id === id)?.evidence;

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const without = (...items: number[]) => ALL.filter((i) => !items.includes(i));

describe('failure patterns', () => {
  it("are the seed's five, kept as data, in the seed's order", () => {
    expect(FAILURE_PATTERN_RULES.map((r) => r.id)).toEqual([...FAILURE_PATTERN_IDS]);
    expect(FAILURE_PATTERN_IDS).toEqual([
      'no-action-after-diagnosis',
      'feature-first',
      'organisation-postponed',
      'scoring-unused',
      'kpi-not-unified',
    ]);
  });

  it('none is reported while item 1 is unchecked, however the rest is answered', () => {
    expect(ids(without(1))).toEqual([]);
    expect(ids([2, 3, 7, 8, 11, 12])).toEqual([]);
    expect(patterns([2, 3]).failurePatternsAssessed).toBe(false);
    expect(patterns([1]).failurePatternsAssessed).toBe(true);
  });

  it('none is reported when everything is checked', () => {
    expect(ids(ALL)).toEqual([]);
  });

  describe('scoring-unused', () => {
    // Without items 11-13, so feature-first stays quiet.
    const noScoring = [1, 2, 3, 4, 6, 7, 8, 9, 10, 14, 15];
    const scoringUnused = [1, 2, 3, 4, 5, 7, 8, 9, 10, 14, 15];
    it('fires when item 5 is unchecked', () => {
      expect(ids(noScoring)).toEqual(['scoring-unused']);
      expect(evidenceOf('scoring-unused', noScoring)).toEqual([{ type: 'item', item: 5, checked: false }]);
    });
    it('fires when item 5 is checked and item 6 is not (set up, not used)', () => {
      expect(ids(scoringUnused)).toEqual(['scoring-unused']);
      expect(evidenceOf('scoring-unused', scoringUnused)).toEqual([
        { type: 'item', item: 5, checked: true },
        { type: 'item', item: 6, checked: false },
      ]);
    });
    it('does not fire when items 5 and 6 are checked', () => {
      expect(ids([1, 5, 6, 15])).not.toContain('scoring-unused');
    });
  });

  describe('kpi-not-unified', () => {
    it('fires when item 10 is unchecked while item 8 or 9 is checked', () => {
      expect(ids(without(10))).toEqual(['kpi-not-unified']);
      expect(ids(without(10, 9))).toContain('kpi-not-unified');
      expect(ids(without(10, 8))).toContain('kpi-not-unified');
      expect(evidenceOf('kpi-not-unified', without(10, 9))).toEqual([
        { type: 'item', item: 10, checked: false },
        { type: 'item', item: 8, checked: true },
      ]);
    });
    it('does not fire when items 8 and 9 are both unchecked, or item 10 is checked', () => {
      expect(ids(without(10, 8, 9))).not.toContain('kpi-not-unified');
      expect(ids([1, 5, 6, 8, 9, 10, 15])).not.toContain('kpi-not-unified');
    });
  });

  describe('organisation-postponed', () => {
    const base = [1, 4, 5, 6, 15];
    it('fires with exactly 2 of items 7, 8, 11, 12, 13 checked and 2 of items 9, 10, 14 unchecked', () => {
      expect(ids([...base, 7, 8, 9])).toContain('organisation-postponed');
      expect(evidenceOf('organisation-postponed', [...base, 7, 8, 9])).toEqual([
        { type: 'item', item: 7, checked: true },
        { type: 'item', item: 8, checked: true },
        { type: 'item', item: 10, checked: false },
        { type: 'item', item: 14, checked: false },
      ]);
    });
    it('does not fire with only 1 of the practices checked', () => {
      expect(ids([...base, 7])).not.toContain('organisation-postponed');
    });
    it('does not fire with only 1 of items 9, 10, 14 unchecked', () => {
      expect(ids([...base, 7, 8, 9, 10])).not.toContain('organisation-postponed');
    });
  });

  describe('feature-first', () => {
    it('fires when any of items 11, 12, 13 is checked while any of items 4, 5, 6 is unchecked', () => {
      expect(ids(without(4))).toContain('feature-first');
      expect(ids(without(6, 11, 12))).toContain('feature-first');
      expect(evidenceOf('feature-first', without(6, 11, 12))).toEqual([
        { type: 'item', item: 13, checked: true },
        { type: 'item', item: 6, checked: false },
      ]);
    });
    it('does not fire without advanced features, or with the foundations in place', () => {
      expect(ids(without(4, 11, 12, 13))).not.toContain('feature-first');
      expect(ids(without(9))).not.toContain('feature-first');
    });
  });

  describe('no-action-after-diagnosis', () => {
    it('fires when item 15 is unchecked', () => {
      expect(ids(without(15))).toEqual(['no-action-after-diagnosis']);
      expect(evidenceOf('no-action-after-diagnosis', without(15))).toEqual([{ type: 'item', item: 15, checked: false }]);
    });

    const today = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15]; // 11 checks: level 4, item 15 checked
    it('fires when a diagnosis 90 or more days before asOf had at least today\'s level', () => {
      const history = [{ takenAt: '2026-08-29', answers: firstChecked(11) }]; // exactly 90 days before
      expect(ids(today, history)).toEqual(['no-action-after-diagnosis']);
      expect(evidenceOf('no-action-after-diagnosis', today, history)).toEqual([
        { type: 'history', takenAt: '2026-08-29T00:00:00.000Z', level: 4, daysBefore: 90 },
      ]);
      // an earlier, higher level also counts: the level has not risen since
      expect(ids(today, [{ takenAt: '2026-01-05', answers: firstChecked(14) }])).toEqual(['no-action-after-diagnosis']);
    });
    it('does not fire for a diagnosis 89 days before asOf, or one at a lower level', () => {
      expect(ids(today, [{ takenAt: '2026-08-30', answers: firstChecked(11) }])).toEqual([]);
      expect(ids(today, [{ takenAt: '2026-01-05', answers: firstChecked(10) }])).toEqual([]);
    });
    it('does not fire from history at level 5', () => {
      expect(ids(ALL, [{ takenAt: '2026-01-05', answers: firstChecked(15) }])).toEqual([]);
    });
  });

  it('reports title and advice in the chosen language with their keys', () => {
    const [f] = patterns([1, 2, 3, 4, 6, 7, 8, 9, 10, 14, 15]).failurePatterns;
    expect(f).toEqual({
      id: 'scoring-unused',
      title: 'Scoring is not set up, or set up and not used',
      titleKey: 'failure.scoring-unused.title',
      evidence: [{ type: 'item', item: 5, checked: false }],
      advice: expect.stringContaining('lead-scoring rules'),
      adviceKey: 'failure.scoring-unused.advice',
    });
  });
});
