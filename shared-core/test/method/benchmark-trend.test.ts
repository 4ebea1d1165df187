import { benchmarkFor, diagnose, trendOf } from '../../src/method';
import { AS_OF, answersWith, firstChecked } from './helpers';

describe('benchmark', () => {
  it.each([
    [0, '0-1', 40, 'below'],
    [1, '0-1', 40, 'below'],
    [2, '2-3', 45, 'below'],
    [3, '2-3', 45, 'above'],
    [4, '4+', 15, 'above'],
    [5, '4+', 15, 'above'],
  ] as const)('level %i sits in band %s (%i%% of companies), %s the B2B average 2.5', (level, band, share, compared) => {
    const b = benchmarkFor(level, 'en');
    expect(b).toEqual(
      expect.objectContaining({ level, band, shareOfCompanies: share, averageB2B: 2.5, comparedToAverage: compared }),
    );
    expect(b.position).toContain(`${share}%`);
    expect(b.source).toContain('FY2025');
    expect(b.caveat.length).toBeGreaterThan(20);
  });

  it('gives source and caveat in Japanese', () => {
    const b = benchmarkFor(2, 'ja');
    expect(b.position).toBe('レベル2は、日本企業の45%が属する「レベル2-3」の層にあたります。BtoB企業の平均(レベル2.5)より低い位置です。');
    expect(b.source).toContain('2025年度の調査');
    expect(b.notes).toEqual(['約70%の企業が「レベル2-3相当」で、購買データ統合が未達と報告されています。']);
    expect(benchmarkFor(4, 'ja').notes).toEqual([]);
  });

  it("adds the seed's scoring and MA/SFA case figures where the answers call for them", () => {
    const scoringUnused = benchmarkFor(4, 'en', answersWith([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]));
    expect(scoringUnused.notes).toEqual(['About half of MA adopters are reported not to use scoring.']);
    const noSfa = benchmarkFor(1, 'ja', answersWith([1, 5, 6]));
    expect(noSfa.notes).toHaveLength(1);
    expect(noSfa.notes[0]).toContain('9%から30%');
    expect(noSfa.notes[0]).toContain('特定企業の事例');
    expect(benchmarkFor(4, 'en', answersWith([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).notes).toEqual([]);
  });
});

describe('trend', () => {
  it('lists level and checks over time, oldest first, ending with today', () => {
    const result = diagnose(
      {
        answers: answersWith([1, 2, 3, 4, 5, 7]),
        history: [
          { takenAt: '2026-06-01', answers: answersWith([1, 2, 3, 4, 5, 6]) },
          { takenAt: '2026-01-10', answers: answersWith([1, 2]) },
        ],
      },
      { asOf: AS_OF },
    );
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.trend).toEqual({
      points: [
        { takenAt: '2026-01-10T00:00:00.000Z', level: 1, checkedCount: 2, gained: [], lost: [] },
        { takenAt: '2026-06-01T00:00:00.000Z', level: 2, checkedCount: 6, gained: [3, 4, 5, 6], lost: [] },
        { takenAt: '2026-11-27T00:00:00.000Z', level: 2, checkedCount: 6, gained: [7], lost: [6] },
      ],
      gained: [3, 4, 5, 7],
      lost: [],
      levelChange: 1,
    });
  });

  it('shows items lost and a falling level', () => {
    const trend = trendOf([{ takenAt: 0, answers: firstChecked(8) }], { takenAt: 1, answers: answersWith([1, 2, 3, 9]) });
    expect(trend.gained).toEqual([9]);
    expect(trend.lost).toEqual([4, 5, 6, 7, 8]);
    expect(trend.levelChange).toBe(-1);
  });

  it('uses the consensus of respondents in history', () => {
    const result = diagnose(
      {
        answers: firstChecked(7),
        history: [
          {
            takenAt: '2026-05-01',
            respondents: [
              { role: 'marketing', answers: firstChecked(4) },
              { role: 'sales', answers: firstChecked(4) },
              { role: 'insideSales', answers: firstChecked(1) },
            ],
          },
        ],
      },
      { asOf: AS_OF },
    );
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.trend?.points[0]).toEqual(expect.objectContaining({ level: 2, checkedCount: 4 }));
    expect(result.value.trend?.levelChange).toBe(1);
  });

  it('is absent without history', () => {
    const result = diagnose({ answers: firstChecked(3) }, { asOf: AS_OF });
    expect(result.ok && result.value.trend).toBeUndefined();
  });
});
