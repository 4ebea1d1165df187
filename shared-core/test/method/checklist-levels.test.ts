import {
  CATEGORIES,
  CHECKLIST,
  LEVELS,
  LEVEL_THRESHOLDS,
  categoryLabel,
  diagnose,
  itemLabel,
  levelForCount,
  levelInfo,
  levelLabel,
} from '../../src/method';
import { AS_OF, firstChecked } from './helpers';

describe('checklist', () => {
  it('holds the 15 items in the seed order with unique stable ids', () => {
    expect(CHECKLIST.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(15);
    for (const item of CHECKLIST) expect(item.id).toMatch(/^[a-z][a-z-]+$/);
  });

  it('gives each item a category and the level band of the seed thresholds', () => {
    for (const item of CHECKLIST) expect(CATEGORIES).toContain(item.category);
    expect(CHECKLIST.map((i) => i.levelBand)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5]);
    // Checking items in order up to an item reaches exactly its band.
    for (const item of CHECKLIST) expect(levelForCount(item.number)).toBe(item.levelBand);
  });

  it("labels items with the seed's Japanese wording and the English reading", () => {
    expect(itemLabel('ja', 1)).toBe('MAツールを導入している');
    expect(itemLabel('ja', 4)).toBe('リードの行動トラッキング(Web閲覧、メール開封)ができている');
    expect(itemLabel('ja', 10)).toBe('商談化率・受注率などのKPIを部門横断で管理している');
    expect(itemLabel('ja', 15)).toBe('成熟度向上のための改善計画がある');
    expect(itemLabel('en', 8)).toBe('MA is integrated with CRM/SFA');
    for (const item of CHECKLIST) {
      expect(itemLabel('ja', item.number)).not.toBe(item.labelKey);
      expect(itemLabel('en', item.number)).not.toBe(item.labelKey);
    }
    for (const category of CATEGORIES) expect(categoryLabel('en', category)).not.toMatch(/^category\./);
  });
});

describe('levels', () => {
  it("names levels 1-5 as the seed's table does", () => {
    expect(LEVELS.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((l) => levelInfo(l as 1, 'ja').name)).toEqual(['初期', '基礎', '発展', '高度', '最適化']);
    expect(levelInfo(2, 'ja')).toEqual({
      level: 2,
      name: '基礎',
      label: 'レベル2(基礎)',
      state: '基本運用中',
      characteristics: 'セグメント配信実施、スコアリング未設定',
      nextActions: ['リードスコアリング設定', '行動トラッキング開始'],
    });
    expect(levelInfo(4, 'en').nextActions).toEqual(['Use of AI', 'Stronger personalisation']);
    expect(levelLabel(0, 'en')).toBe('Level 0 (Not started)');
  });

  const boundaries: [number, number][] = [
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [10, 3],
    [11, 4],
    [13, 4],
    [14, 5],
    [15, 5],
  ];

  it.each(boundaries)('%i checks -> level %i', (count, level) => {
    expect(levelForCount(count)).toBe(level);
    const result = diagnose({ answers: firstChecked(count) }, { asOf: AS_OF });
    if (!result.ok) throw new Error('unexpected issues');
    const d = result.value;
    expect(d.level).toBe(level);
    expect(d.checkedCount).toBe(count);
    if (level === 5) {
      expect(d.nextLevel).toBeNull();
      expect(d.checksToNextLevel).toBeNull();
      expect(d.nextLevelName).toBeNull();
    } else {
      expect(d.nextLevel).toBe(level + 1);
      expect(d.checksToNextLevel).toBe(LEVEL_THRESHOLDS[(level + 1) as 1] - count);
      expect(d.checksToNextLevel).toBeGreaterThan(0);
    }
  });
});
