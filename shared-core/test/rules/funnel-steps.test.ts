import { funnelKpis, funnelStageLabel, funnelSteps } from '../../src/rules';

describe('funnel steps', () => {
  it('give each step its count and the conversion from the step before', () => {
    expect(funnelSteps({ mql: 10, sal: 8, sql: 4, opportunities: 3, won: 1 })).toEqual([
      { stage: 'mql', count: 10, from: null, conversion: null },
      { stage: 'sal', count: 8, from: 'mql', conversion: 0.8 },
      { stage: 'sql', count: 4, from: 'sal', conversion: 0.5 },
      { stage: 'opportunity', count: 3, from: 'sql', conversion: 0.75 },
      { stage: 'won', count: 1, from: 'opportunity', conversion: 1 / 3 },
    ]);
  });

  it('give no conversion (null, never NaN) after an empty step', () => {
    expect(funnelSteps({ mql: 2, sal: 0, sql: 0, opportunities: 0, won: 0 }).map((s) => s.conversion)).toEqual([null, 0, null, null, null]);
  });

  it('read the figures funnelKpis answers', () => {
    const k = funnelKpis(
      { leads: [{ id: 'a', mqlAt: '2026-11-01', salAt: '2026-11-02', sqlAt: '2026-11-03' }, { id: 'b', mqlAt: '2026-11-01' }] },
      { asOf: '2026-11-27' },
    );
    if (!k.ok) throw new Error('expected ok');
    expect(funnelSteps(k.value).map((s) => [s.stage, s.count, s.conversion])).toEqual([
      ['mql', 2, null],
      ['sal', 1, 0.5],
      ['sql', 1, 1],
      ['opportunity', 0, 0],
      ['won', 0, null],
    ]);
  });

  it('name the steps in the seed words', () => {
    expect(['mql', 'opportunity', 'won'].map((s) => funnelStageLabel('ja', s as 'mql'))).toEqual(['MQL', '商談', '受注']);
    expect(funnelStageLabel('en', 'opportunity')).toBe('Opportunity');
  });
});
