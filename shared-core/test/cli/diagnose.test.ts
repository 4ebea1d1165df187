import { readFileSync } from 'node:fs';
import { cli, example } from './run';

describe('ma-maturity diagnose', () => {
  it('prints the contract JSON for one answer set from a file, with --as-of defaulting to today', async () => {
    const { status, stdout, stderr } = await cli(['diagnose', example('diagnosis.json')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const d = JSON.parse(stdout);
    expect(d).toEqual(
      expect.objectContaining({
        asOf: '2026-11-27T00:00:00.000Z',
        lang: 'ja',
        level: 2,
        checkedCount: 6,
        nextLevel: 3,
        checksToNextLevel: 1,
        gaps: [6, 7, 9, 10, 11, 12, 13, 14, 15],
        unanswered: [],
        contradictions: [],
        effectiveLevel: 2,
      }),
    );
    expect(d.failurePatterns.map((f: { id: string }) => f.id)).toEqual(['no-action-after-diagnosis', 'scoring-unused', 'kpi-not-unified']);
    // level 2 on 2026-06-15 is only 165 days ago and level 2 today: the level has not risen
    expect(d.failurePatterns[0].evidence).toEqual([
      { type: 'item', item: 15, checked: false },
      { type: 'history', takenAt: '2026-06-15T00:00:00.000Z', level: 2, daysBefore: 165 },
    ]);
    expect(d.benchmark).toEqual(expect.objectContaining({ band: '2-3', shareOfCompanies: 45, averageB2B: 2.5 }));
    expect(d.trend.levelChange).toBe(1);
    expect(d.byRole).toBeUndefined();
  });

  it('prints the three-axis profile (a contract) on the consensus, and profileByRole with respondents', async () => {
    const one = JSON.parse((await cli(['diagnose', example('diagnosis.json')])).stdout);
    // checked 1-5 and 8: process none, data 2,3,4,8, automation 1,5
    expect(one.profile).toEqual([
      { axis: 'process', items: [6, 10, 14, 15], checked: 0, total: 4, share: 0 },
      { axis: 'data', items: [2, 3, 4, 8, 9], checked: 4, total: 5, share: 0.8 },
      { axis: 'automation', items: [1, 5, 7, 11, 12, 13], checked: 2, total: 6, share: 2 / 6 },
    ]);
    expect(one.profileByRole).toBeUndefined();
    const several = JSON.parse((await cli(['diagnose', example('respondents.json')])).stdout);
    expect(several.profile.map((a: { checked: number }) => a.checked)).toEqual([0, 2, 1]);
    expect(Object.keys(several.profileByRole)).toEqual(['marketing', 'insideSales', 'sales']);
    expect(several.profileByRole.marketing.map((a: { axis: string; checked: number }) => [a.axis, a.checked])).toEqual([
      ['process', 1],
      ['data', 4],
      ['automation', 3],
    ]);
  });

  it('reads stdin for "-" and for no file, and honours --as-of and --lang', async () => {
    const input = JSON.stringify({ answers: { '1': true, '6': true } });
    const dash = await cli(['diagnose', '-', '--as-of', '2026-03-01', '--lang', 'en'], { stdin: input });
    const none = await cli(['diagnose', '--as-of=2026-03-01', '--lang=en'], { stdin: input });
    expect(dash.status).toBe(0);
    expect(dash.stdout).toBe(none.stdout);
    const d = JSON.parse(dash.stdout);
    expect(d.asOf).toBe('2026-03-01T00:00:00.000Z');
    expect(d.contradictions).toEqual([
      expect.objectContaining({ item: 6, requires: 5, explanation: expect.stringContaining('Item 6'), explanationKey: 'contradiction.reason.6-5' }),
    ]);
    expect(d.unanswered).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('describes the consensus and adds byRole and alignment for several respondents', async () => {
    const { status, stdout } = await cli(['diagnose', example('respondents.json')]);
    expect(status).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.level).toBe(1);
    expect(d.checked).toEqual([1, 2, 8]);
    expect(d.byRole).toEqual({ marketing: 3, insideSales: 2, sales: 1 });
    // item 8: checked by marketing and IS, a tie among the two sales reps
    expect(d.alignment).toEqual({ disagreements: [2, 3, 4, 5, 6, 7, 8], ties: [3, 4, 5], levelSpread: 2 });
    expect(d.respondentCount).toBe(4);
  });

  it('prints a readable Japanese report with --format text', async () => {
    const { status, stdout } = await cli(['diagnose', example('diagnosis.json'), '--format', 'text']);
    expect(status).toBe(0);
    for (const text of [
      'MA成熟度 診断レポート',
      '現在のレベル: レベル2(基礎) — 基本運用中',
      '次のレベル: レベル3(発展)(あと1項目)',
      '6. スコアに基づいたリード優先順位付けを行っている',
      'スコアリング設定をしていない、または設定しても活用していない',
      '根拠: 項目5「リードスコアリングのルールを設定している」: チェックあり',
      '対策:',
      '出典:',
      '注意:',
      '推移',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(stdout).not.toMatch(/[{}]/);
  });

  it('prints an English report with levels by role and the alignment gap', async () => {
    const { stdout } = await cli(['diagnose', example('respondents.json'), '--format', 'text', '--lang', 'en']);
    for (const text of [
      'Level: Level 1 (Initial)',
      'Level by department',
      'Marketing: Level 3 (Developing)',
      'Sales: Level 1 (Initial)',
      'Level spread between departments: 2',
      'Tied items (counted as unchecked)',
      'Caveat:',
    ]) {
      expect(stdout).toContain(text);
    }
    // Only the source keeps the article's Japanese title.
    const lines = stdout.split('\n').filter((line) => !line.trim().startsWith('Source:'));
    expect(lines.filter((line) => /[ぁ-んァ-ン]/.test(line))).toEqual([]);
  });

  it('reports the stalled example with history evidence in the text report', async () => {
    const { stdout } = await cli(['diagnose', example('diagnosis-stalled.json'), '--format', 'text', '--lang', 'en']);
    expect(stdout).toContain('the diagnosis of 2026-04-01 was already at level 4 (240 days ago)');
    const json = JSON.parse((await cli(['diagnose', example('diagnosis-stalled.json')])).stdout);
    expect(json.failurePatterns.map((f: { id: string }) => f.id).sort()).toEqual(
      ['kpi-not-unified', 'no-action-after-diagnosis', 'organisation-postponed'].sort(),
    );
  });

  it('keeps the examples valid JSON', () => {
    for (const name of ['diagnosis.json', 'respondents.json', 'diagnosis-stalled.json']) {
      expect(() => JSON.parse(readFileSync(example(name), 'utf8'))).not.toThrow();
    }
  });
});
