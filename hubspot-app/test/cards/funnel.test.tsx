import { Alert, BarChart, EmptyState, ErrorState, LineChart, LoadingSpinner, StatisticsItem, TableCell, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { funnelKpis } from '@ma-maturity/shared-core';
import { FunnelCard } from '../../src/app/cards/FunnelCard';
import { allText, crmContext, fakeCaller, fixedHook, ok } from './helpers';

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale, 900) };
}

/** Two months of handoffs under two definition versions, as the function would compute them with the core. */
function kpis() {
  const leads = [
    { id: 'a', source: 'web', mqlAt: '2026-10-01T00:00:00Z', firstTouchAt: '2026-10-01T00:20:00Z', salAt: '2026-10-01T05:00:00Z', sqlAt: '2026-10-03T00:00:00Z', opportunityAt: '2026-10-04T00:00:00Z', wonAt: '2026-10-20T00:00:00Z', definitionVersion: 1 },
    { id: 'b', source: 'event', mqlAt: '2026-10-02T00:00:00Z', firstTouchAt: '2026-10-02T03:00:00Z', salRejectedAt: '2026-10-02T04:00:00Z', rejectReason: 'not-icp', definitionVersion: 1 },
    { id: 'c', source: 'web', mqlAt: '2026-11-05T00:00:00Z', firstTouchAt: '2026-11-05T00:30:00Z', salAt: '2026-11-05T02:00:00Z', sqlAt: '2026-11-08T00:00:00Z', definitionVersion: 2 },
    { id: 'd', source: 'web', mqlAt: '2026-11-06T00:00:00Z', firstTouchAt: '2026-11-06T00:45:00Z', salRejectedAt: '2026-11-06T01:00:00Z', rejectReason: 'duplicate', definitionVersion: 2 },
  ];
  const result = funnelKpis({ leads }, { asOf: '2026-11-27T00:00:00Z', slaMinutes: 60 });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('Funnel KPIs card', () => {
  it('shows a spinner while loading', () => {
    const { render, findByTestId, context } = setup();
    render(<FunnelCard context={context} useData={fixedHook({ status: 'loading' })} />);
    expect(findByTestId(LoadingSpinner, 'state-loading')).toBeTruthy();
  });

  it('shows the function error', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-funnel-kpis': { ok: false, error: { code: 'crm-error', message: '429 RATE_LIMITS' } } });
    render(<FunnelCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('429 RATE_LIMITS'));
  });

  it('rejects an answer without the figures, naming the field', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-funnel-kpis': ok({ kpis: { mql: 'six' }, contacts: 0, truncated: false }) });
    render(<FunnelCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('kpis.mql'));
  });

  it('shows an empty state before the first MQL', async () => {
    const empty = funnelKpis({ leads: [] }, { asOf: '2026-11-27T00:00:00Z' });
    if (!empty.ok) throw new Error('empty KPIs');
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-funnel-kpis': ok({ kpis: empty.value, contacts: 0, truncated: false }) });
    render(<FunnelCard context={context} call={call} />);
    await waitFor(() => expect(findByTestId(EmptyState, 'state-empty').props.title).toBe('No MQLs yet'));
  });

  it('asks for the program company and shows figures and charts', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-funnel-kpis': ok({ kpis: kpis(), contacts: 4, truncated: true }) });
    render(<FunnelCard context={context} call={call} />);
    await waitFor(() => findByTestId(StatisticsItem, 'kpi-mql'));
    expect(calls[0]).toEqual({ name: 'ma-funnel-kpis', parameters: { programCompanyId: '900', lang: 'ja' } });
    expect(findByTestId(StatisticsItem, 'kpi-mql').props.number).toBe(4);
    expect(findByTestId(StatisticsItem, 'kpi-sql').props.number).toBe(2);
    expect(findByTestId(StatisticsItem, 'kpi-mql-to-sql').props.number).toBe('50.0%');
    expect(findByTestId(StatisticsItem, 'kpi-opportunity-rate').props.label).toBe('商談化率');
    expect(findByTestId(StatisticsItem, 'kpi-win-rate').props.label).toBe('受注率');
    expect(findByTestId(StatisticsItem, 'kpi-sla').props.number).toBe('75.0%');
    expect(findByTestId(BarChart, 'kpi-funnel-chart').props.data).toEqual([
      { stage: 'MQL', count: 4 },
      { stage: 'SAL', count: 2 },
      { stage: 'SQL', count: 2 },
      { stage: '商談', count: 1 },
      { stage: '受注', count: 1 },
    ]);
    const months = findByTestId(LineChart, 'kpi-month-chart').props.data as { month: string; metric: string; rate: number }[];
    // November has no opportunity yet: its win rate is undefined, so no point is drawn (not a false 0%).
    expect(months.filter((m) => m.metric === '受注率')).toEqual([{ month: '2026-10', metric: '受注率', rate: 100 }]);
    expect(months.filter((m) => m.metric === '商談化率')).toEqual([
      { month: '2026-10', metric: '商談化率', rate: 50 },
      { month: '2026-11', metric: '商談化率', rate: 0 },
    ]);
    // The same figures as a table for screen readers; an undefined rate reads "—".
    expect(findByTestId(TableCell, 'kpi-month-win-2026-10').text).toBe('100.0%');
    expect(findByTestId(TableCell, 'kpi-month-win-2026-11').text).toBe('—');
    // Per definition version: v2's 商談化率 is 0% (two MQLs, no opportunity), drawn as a bar.
    expect(findByTestId(BarChart, 'kpi-version-chart').props.data).toContainEqual({ version: 'v2', rate: 0, metric: '商談化率' });
    const reasons = findByTestId(BarChart, 'kpi-rejections-chart').props.data as { reason: string; count: number }[];
    expect(reasons.map((r) => r.reason).sort()).toEqual(['対象外の企業規模・業種(ICP外)', '重複リード'].sort());
    expect(findByTestId(Alert, 'kpi-truncated').props.title).toContain('4件');
    expect(maybeFindByTestId(Text, 'kpi-no-rejections')).toBeNull();
  });
});
