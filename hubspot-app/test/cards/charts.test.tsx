// Each chart of the Diagnosis, Funnel KPIs and Plan cards is given the same
// figures as the table beside it (the table is what a screen reader reads).
import { BarChart, LineChart, Table, TableBody, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { funnelKpis } from '@ma-maturity/shared-core';
import { DiagnosisCard } from '../../src/app/cards/DiagnosisCard';
import { FunnelCard } from '../../src/app/cards/FunnelCard';
import { PlanCard } from '../../src/app/cards/PlanCard';
import type { PlanTaskRecord } from '../../src/app/cards/planTasks';
import type { PlanData } from '../../src/app/cards/usePlanData';
import { toDiagnosisInput } from '../../src/app/cards/useDiagnosisData';
import { crmContext, fakeCaller, fixedHook, ok, tableBody } from './helpers';
import { EARLIER, LATEST, programView } from './fixtures';

function setup(locale: 'ja-jp' | 'en-us' = 'en-us') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale) };
}
type Rendered = ReturnType<typeof setup>;

const rowsOf = (r: Rendered, testId: string) => tableBody(r.findByTestId(Table, testId).find(TableBody) as never, TableRow, TableCell);
const percent = (text: string) => (text === '—' ? null : Number(text.replace('%', '')));

describe('Diagnosis card charts', () => {
  async function render(locale: 'ja-jp' | 'en-us' = 'en-us') {
    const r = setup(locale);
    const { call } = fakeCaller({ 'ma-load-program': ok(programView()) });
    r.render(<DiagnosisCard context={r.context} call={call} />);
    await r.waitFor(() => r.findByTestId(BarChart, 'diag-profile-chart'));
    return r;
  }

  it('draws the level on the 0-5 scale beside the B2B average, and the survey bands with this band marked', async () => {
    const r = await render();
    expect(r.findByTestId(BarChart, 'diag-level-chart').props.data).toEqual([
      { who: 'You', level: 2 },
      { who: 'B2B average', level: 2.5 },
    ]);
    expect(r.findByTestId(BarChart, 'diag-benchmark-chart').props.data).toEqual([
      { band: 'level 0-1', share: 40, group: 'Other groups' },
      { band: 'level 2-3', share: 45, group: 'You (level 2)' },
      { band: 'level 4+', share: 15, group: 'Other groups' },
    ]);
    expect(rowsOf(r, 'diag-benchmark-table')).toEqual([
      ['level 0-1', '40%', ''],
      ['level 2-3', '45%', 'You (level 2)'],
      ['level 4+', '15%', ''],
    ]);
  });

  it('draws the three axes for the consensus and each department, as the profile table shows them', async () => {
    const r = await render();
    const data = r.findByTestId(BarChart, 'diag-profile-chart').props.data as { axis: string; share: number; answeredBy: string }[];
    const table = rowsOf(r, 'diag-profile-table');
    // Columns: axis, consensus, marketing, inside sales, sales; the chart has one series per column.
    expect(table).toEqual([
      ['Organisational process', '0/4 (0.0%)', '1/4 (25.0%)', '0/4 (0.0%)', '0/4 (0.0%)'],
      ['Data management', '3/5 (60.0%)', '3/5 (60.0%)', '3/5 (60.0%)', '2/5 (40.0%)'],
      ['Automation', '2/6 (33.3%)', '2/6 (33.3%)', '2/6 (33.3%)', '1/6 (16.7%)'],
    ]);
    const series = ['All (majority)', 'Marketing', 'Inside sales', 'Sales'];
    series.forEach((name, column) => {
      expect(data.filter((d) => d.answeredBy === name).map((d) => d.share)).toEqual(table.map((row) => percent(row[column + 1]!.replace(/^.*\((.*)\)$/, '$1'))));
    });
    expect(r.findByTestId(Text, 'diag-weakest-axis').text).toBe('Work on first: Organisational process (0%), starting with 6, 10, 14, 15');
  });

  it('draws level and checks over time with dated, labelled axes, as the trend table lists them (ja)', async () => {
    const r = await render('ja-jp');
    const trend = r.findByTestId(LineChart, 'diag-trend');
    expect(trend.props.axes.x.label).toBe('診断日');
    expect(trend.props.axes.y.label).toBe('レベル(0〜5)・チェック数(0〜15)');
    const table = rowsOf(r, 'diag-trend-table');
    expect(table[0]).toEqual(['2026年6月1日', '1', '3']);
    const points = trend.props.data as { takenAt: string; value: number; metric: string }[];
    expect(points.map((p) => [p.takenAt, p.metric, p.value])).toEqual(
      table.flatMap(([date, level, checks]) => [
        [date, 'レベル', Number(level)],
        [date, 'チェック数', Number(checks)],
      ]),
    );
  });
});

describe('Funnel KPIs card charts', () => {
  const leads = [
    { id: 'a', mqlAt: '2026-10-01T00:00:00Z', firstTouchAt: '2026-10-01T00:20:00Z', salAt: '2026-10-01T05:00:00Z', sqlAt: '2026-10-03T00:00:00Z', opportunityAt: '2026-10-04T00:00:00Z', wonAt: '2026-10-20T00:00:00Z', definitionVersion: 1 },
    { id: 'b', mqlAt: '2026-10-02T00:00:00Z', firstTouchAt: '2026-10-02T03:00:00Z', salRejectedAt: '2026-10-02T04:00:00Z', rejectReason: 'not-icp', definitionVersion: 1 },
    { id: 'c', mqlAt: '2026-11-05T00:00:00Z', firstTouchAt: '2026-11-05T00:30:00Z', salAt: '2026-11-05T02:00:00Z', sqlAt: '2026-11-08T00:00:00Z', definitionVersion: 2 },
    { id: 'd', mqlAt: '2026-11-06T00:00:00Z', salAt: '2026-11-06T01:00:00Z', definitionVersion: 2 },
  ];

  async function render() {
    const kpis = funnelKpis({ leads }, { asOf: '2026-11-27T00:00:00Z', slaMinutes: 60 });
    if (!kpis.ok) throw new Error(JSON.stringify(kpis.issues));
    const r = setup();
    const { call } = fakeCaller({ 'ma-funnel-kpis': ok({ kpis: kpis.value, contacts: 4, truncated: false }) });
    r.render(<FunnelCard context={r.context} call={call} />);
    await r.waitFor(() => r.findByTestId(BarChart, 'kpi-funnel-chart'));
    return r;
  }

  it('draws the five steps, and the table gives the conversion between each', async () => {
    const r = await render();
    expect(r.findByTestId(BarChart, 'kpi-funnel-chart').props.data).toEqual([
      { stage: 'MQL', count: 4 },
      { stage: 'SAL', count: 3 },
      { stage: 'SQL', count: 2 },
      { stage: 'Opportunity', count: 1 },
      { stage: 'Won', count: 1 },
    ]);
    expect(rowsOf(r, 'kpi-steps-table')).toEqual([
      ['MQL', '4', '—'],
      ['MQL → SAL', '3', '75.0%'],
      ['SAL → SQL', '2', '66.7%'],
      ['SQL → Opportunity', '1', '50.0%'],
      ['Opportunity → Won', '1', '100.0%'],
    ]);
  });

  it.each([
    ['kpi-month', 'month', LineChart],
    ['kpi-version', 'version', BarChart],
  ] as const)('draws 商談化率, 受注率 and SLA compliance per %s with the table’s numbers (no point for an undefined rate)', async (id, field, Chart) => {
    const r = await render();
    const table = rowsOf(r, `${id}-table`);
    const points = r.findByTestId(Chart as typeof BarChart, `${id}-chart`).props.data as Record<string, string | number>[];
    // Table columns: name, MQL, SQL, MQL→SQL, 商談化率, 受注率, SLA.
    const expected = table.flatMap((row) =>
      (
        [
          ['Opportunity rate', row[4]],
          ['Win rate', row[5]],
          ['SLA compliance', row[6]],
        ] as const
      ).flatMap(([metric, cell]) => (percent(cell!) === null ? [] : [{ [field]: row[0], rate: percent(cell!), metric }])),
    );
    expect(points).toEqual(expected);
    // November has no opportunity: its win rate reads "—" and is not drawn.
    expect(table.find((row) => row[0] === (field === 'month' ? '2026-11' : 'v2'))![5]).toBe('—');
  });
});

describe('Plan card charts', () => {
  const task = (key: string, transition: string, due: string | null, status: PlanTaskRecord['status']): PlanTaskRecord => ({
    taskId: `task-${key}`,
    key,
    title: `Task ${key}`,
    transition,
    owner: 'marketing',
    checklistItems: [5],
    acceptance: [],
    status,
    due,
    lastModified: '2026-11-20T10:00:00.000Z',
  });
  // Today is 2026-12-10: b is due before it and not done (overdue); a is done; c is due later.
  const data: PlanData = {
    companyId: '501',
    asOf: '2026-12-10T03:00:00.000Z',
    start: '2026-12-10',
    hasDiagnosis: true,
    input: toDiagnosisInput([EARLIER, LATEST]),
    tasks: [task('a', '1->2', '2026-11-20', 'COMPLETED'), task('b', '2->3', '2026-12-05', 'IN_PROGRESS'), task('c', '2->3', '2026-12-20', 'NOT_STARTED')],
  };

  async function render() {
    const r = setup();
    r.render(<PlanCard context={r.context} useData={fixedHook({ status: 'ready', data, reload: () => undefined })} />);
    await r.waitFor(() => r.findByTestId(BarChart, 'plan-transition-chart'));
    return r;
  }

  it('draws done and open tasks per transition, as the progress table lists them', async () => {
    const r = await render();
    const table = rowsOf(r, 'plan-transition-table');
    const chart = r.findByTestId(BarChart, 'plan-transition-chart').props.data as { transition: string; tasks: number; state: string }[];
    for (const [transition, done, total] of table) {
      expect(chart.filter((d) => d.transition === transition).map((d) => [d.state, d.tasks])).toEqual([
        ['Done', Number(done)],
        ['Open', Number(total) - Number(done)],
      ]);
    }
    // 1->2: the one HubSpot task is completed; 2->3 holds the plan's tasks (not created: open) and b and c.
    expect(table[0]).toEqual(['Level 1→2 (initial → basic)', '1', '1', '100%']);
    expect(table[1]![1]).toBe('0');
  });

  it('stacks the tasks due each day by state, the overdue one marked, as the time line table lists them', async () => {
    const r = await render();
    const table = rowsOf(r, 'plan-timeline-table');
    expect(table.slice(0, 2)).toEqual([
      ['Nov 20, 2026', 'Task a', 'Completed', ''],
      ['Dec 5, 2026', 'Task b', 'In progress', '5 days overdue'],
    ]);
    const chart = r.findByTestId(BarChart, 'plan-timeline-chart');
    const bars = chart.props.data as { due: string; tasks: number; state: string }[];
    expect(bars.filter((b) => b.due === 'Dec 5, 2026')).toEqual([{ due: 'Dec 5, 2026', tasks: 1, state: 'Overdue' }]);
    // Every dated row of the table is one task in a bar of its day and state.
    const dated = table.filter((row) => row[0] !== '—');
    expect(bars.reduce((sum, b) => sum + b.tasks, 0)).toBe(dated.length);
    expect(chart.props.axes.options).toEqual(expect.objectContaining({ groupFieldByColor: 'state', stacking: true }));
    expect(r.findByTestId(TableCell, 'plan-overdue-c').text).toBeFalsy();
  });
});
