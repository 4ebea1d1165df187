// Every text the method shows has a key in both catalogs (the global parity
// test keeps ja and en in step; this one keeps the method's data and the
// catalogs in step).
import { catalogs } from '../../src/i18n';
import {
  CATEGORIES,
  CHECKLIST,
  FAILURE_PATTERN_IDS,
  INTEGRATION_POINTS,
  LEVELS,
  PREREQUISITES,
  TASK_CATALOG,
  TRANSITIONS,
  taskAcceptanceKeys,
  taskTitleKey,
} from '../../src/method';

const usedKeys: string[] = [
  ...CHECKLIST.map((i) => i.labelKey),
  ...CATEGORIES.map((c) => `category.${c}`),
  ...LEVELS.flatMap((l) => [l.keys.name, l.keys.state, l.keys.characteristics, ...l.keys.nextActions]),
  ...FAILURE_PATTERN_IDS.flatMap((id) => [`failure.${id}.title`, `failure.${id}.advice`]),
  ...PREREQUISITES.map((p) => p.reasonKey),
  ...TRANSITIONS.map((tr) => `transition.${tr}`),
  ...INTEGRATION_POINTS.map((ip) => `integration.${ip}`),
  ...TASK_CATALOG.flatMap((tpl) => [taskTitleKey(tpl.id), ...taskAcceptanceKeys(tpl)]),
  'benchmark.band.0-1',
  'benchmark.band.2-3',
  'benchmark.band.4+',
  'benchmark.note.2-3',
  'benchmark.note.scoring',
  'benchmark.note.ma-sfa-case',
];

describe('method catalog keys', () => {
  it.each(['ja', 'en'] as const)('are all present in %s', (lang) => {
    const table = catalogs[lang] as Record<string, string>;
    expect(usedKeys.filter((key) => !(key in table))).toEqual([]);
  });

  it('has no task key left over from a removed task', () => {
    const taskIds = new Set(TASK_CATALOG.map((t) => t.id));
    const orphans = Object.keys(catalogs.ja)
      .filter((key) => key.startsWith('task.'))
      .filter((key) => !taskIds.has(key.split('.')[1] as string));
    expect(orphans).toEqual([]);
  });

  it('writes Japanese plan titles for the seed actions in the seed wording', () => {
    const ja = catalogs.ja as Record<string, string>;
    expect(ja['task.scoring-rules.title']).toBe('基本的なリードスコアリングルールを設定する');
    expect(ja['task.unified-kpis.title']).toBe('部門横断のKPI(MQL数、商談化率、受注率)を統一する');
    expect(ja['task.pipeline-reviews.title']).toBe('定期的なパイプラインレビューを実施する');
    expect(ja['integration.mql-sql-agreement']).toBe('MQL/SQLの定義をマーケ・IS・営業部門で合意');
  });
});
