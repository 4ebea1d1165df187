// The KPI charts draw the figures the tables show: the funnel steps with the
// conversion between each, and 商談化率 / 受注率 / SLA compliance per month and
// per definition version.
import { flush, clockAt, mount, cleanup, funnelData, emitFunnel } from './funnelTestUtils';
import { installChartJs, removeChartJs, RecordingChart } from '../../../../../test/jest-mocks/chartJs';

const LEADS = require('./data/leads.json');

const chartOf = (element, name) => RecordingChart.of(element.shadowRoot.querySelector(`c-ma-chart[data-chart="${name}"]`));
const cells = (element, id) =>
    [...element.shadowRoot.querySelectorAll(`[data-id="${id}"] tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()));
const percent = (text) => (text === '—' ? null : Number(text.replace('%', '')));

async function render() {
    const element = mount();
    await emitFunnel(funnelData(LEADS));
    await flush();
    return element;
}

describe('c-ma-funnel charts', () => {
    beforeEach(() => {
        clockAt('2026-11-27T00:00:00Z');
        installChartJs();
    });
    afterEach(() => {
        cleanup();
        removeChartJs();
    });

    it('draws the five steps with the conversion from the step before, as the steps table lists them', async () => {
        const element = await render();
        // 4 MQLs, 2 SALs, 2 SQLs, 2 opportunities, 1 won
        expect(cells(element, 'funnel-steps')).toEqual([
            ['MQL', '4', '—'],
            ['SAL', '2', '50.0%'],
            ['SQL', '2', '100.0%'],
            ['Opportunity', '2', '100.0%'],
            ['Won', '1', '50.0%'],
        ]);
        const chart = chartOf(element, 'steps');
        expect(chart.data.datasets[0].data).toEqual([4, 2, 2, 2, 1]);
        expect(chart.data.labels).toEqual([
            'MQL',
            ['SAL', 'MQL → SAL 50.0%'],
            ['SQL', 'SAL → SQL 100.0%'],
            ['Opportunity', 'SQL → Opportunity 100.0%'],
            ['Won', 'Opportunity → Won 50.0%'],
        ]);
        await expect(element).toBeAccessible();
    });

    it.each([
        ['by-month', 'line'],
        ['by-version', 'bar'],
    ])('draws 商談化率, 受注率 and SLA compliance %s with the table’s numbers', async (id, type) => {
        const element = await render();
        const rows = cells(element, id);
        const chart = chartOf(element, id);
        expect(chart.config.type).toBe(type);
        expect(chart.data.labels).toEqual(rows.map((r) => r[0]));
        // Columns: name, MQL, SQL, MQL→SQL, 商談化率, 受注率, SLA
        expect(chart.data.datasets.map((d) => d.label)).toEqual(['Opportunity rate', 'Win rate', 'SLA compliance']);
        expect(chart.data.datasets.map((d) => d.data)).toEqual([4, 5, 6].map((col) => rows.map((r) => percent(r[col]))));
        expect(chart.config.options.scales.y).toEqual(expect.objectContaining({ min: 0, max: 100, title: { display: true, text: 'Rate (%)' } }));
    });

    it('leaves a gap, not a false 0 %, where a rate has no denominator', async () => {
        const element = await render();
        // November's one opportunity is lost and October's won: both have a 受注率; a month without opportunities would be null.
        const month = chartOf(element, 'by-month');
        const rows = cells(element, 'by-month');
        expect(rows.map((r) => r[5])).toEqual(['100.0%', '0.0%']);
        expect(month.data.datasets[1].data).toEqual([100, 0]);
        await emitFunnel(funnelData([{ id: 'x', mqlAt: '2026-11-01T00:00:00Z' }]));
        await flush();
        expect(chartOf(element, 'by-month').data.datasets[1].data).toEqual([null]);
    });
});
