// The diagnosis' charts draw the figures its tables show: the level beside the
// B2B average, the benchmark bands, the three axes (per department when several
// answered) and the level and checks over time.
import { graphql } from 'lightning/graphql';
import { flush, mount, cleanup, diagnosesData } from './diagnosisTestUtils';
import { installChartJs, removeChartJs, RecordingChart } from '../../../../../test/jest-mocks/chartJs';

const yes = (items) => Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), items.includes(i + 1)]));

const chartOf = (element, name) => RecordingChart.of(element.shadowRoot.querySelector(`c-ma-chart[data-chart="${name}"]`));
const rows = (element, id) =>
    [...element.shadowRoot.querySelectorAll(`[data-id="${id}"] tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()));

async function render(records) {
    const element = mount();
    graphql.emit(diagnosesData(records));
    await flush();
    await flush();
    return element;
}

describe('c-ma-diagnosis charts', () => {
    beforeEach(() => installChartJs());
    afterEach(() => {
        cleanup();
        removeChartJs();
    });

    it('draws the level on the 0-5 scale beside the B2B average, and the benchmark bands with this band marked', async () => {
        const element = await render([{ takenAt: '2026-11-01T09:00:00.000Z', answers: yes([1, 2, 3, 4, 5]) }]);
        const level = chartOf(element, 'level');
        expect(level.data.datasets[0].data).toEqual([2, 2.5]);
        expect(level.config.options.scales.x).toEqual(expect.objectContaining({ min: 0, max: 5, title: { display: true, text: 'Level (0-5)' } }));
        expect(element.shadowRoot.querySelector('c-ma-chart[data-chart="level"]').summary).toBe('You are at level 2; the B2B average is level 2.5 (scale 0-5)');

        const bands = chartOf(element, 'benchmark');
        expect(rows(element, 'benchmark-table')).toEqual([
            ['level 0-1', '40%', ''],
            ['level 2-3', '45%', 'You (level 2)'],
            ['level 4+', '15%', ''],
        ]);
        expect(bands.data.labels).toEqual(['level 0-1', 'level 2-3', 'level 4+']);
        expect(bands.data.datasets[0].data).toEqual([40, 45, 15]);
        // This organisation's band is drawn in the primary colour, the others muted.
        const [other, mine] = bands.data.datasets[0].backgroundColor;
        expect(mine).not.toBe(other);
        await expect(element).toBeAccessible();
    });

    it('draws the three axes as the profile table shows them, and names the weakest axis', async () => {
        const element = await render([{ takenAt: '2026-11-01T09:00:00.000Z', answers: yes([1, 2, 3, 4, 5, 10]) }]);
        expect(rows(element, 'profile')).toEqual([
            ['Organisational process', '1/4 (25.0%)'],
            ['Data management', '3/5 (60.0%)'],
            ['Automation', '2/6 (33.3%)'],
        ]);
        const profile = chartOf(element, 'profile');
        expect(profile.data.labels).toEqual(['Organisational process', 'Data management', 'Automation']);
        expect(profile.data.datasets.map((d) => [d.label, d.data])).toEqual([['All (majority)', [25, 60, 33.3]]]);
        const weakest = element.shadowRoot.querySelector('[data-id="weakest-axis"]');
        expect(weakest.dataset.axis).toBe('process');
        expect(weakest.textContent).toBe('Work on first: Organisational process (25%), starting with 6, 14, 15');
    });

    it('adds one series per department when several answered (the perception gap)', async () => {
        const element = await render([
            {
                takenAt: '2026-11-01T09:00:00.000Z',
                respondents: [
                    { role: 'marketing', answers: yes([1, 2, 3, 4, 5, 6, 9, 10]) },
                    { role: 'sales', answers: yes([1, 2]) },
                ],
            },
        ]);
        expect([...element.shadowRoot.querySelectorAll('[data-id="profile"] thead th')].map((th) => th.textContent)).toEqual([
            'Axis',
            'All (majority)',
            'Marketing',
            'Sales',
        ]);
        expect(rows(element, 'profile')[0]).toEqual(['Organisational process', '0/4 (0.0%)', '2/4 (50.0%)', '0/4 (0.0%)']);
        expect(chartOf(element, 'profile').data.datasets.map((d) => [d.label, d.data])).toEqual([
            ['All (majority)', [0, 20, 16.7]],
            ['Marketing', [50, 80, 33.3]],
            ['Sales', [0, 20, 16.7]],
        ]);
    });

    it('draws level and checks over time with dated, labelled axes, as the trend table lists them', async () => {
        const element = await render([
            { takenAt: '2026-11-01T09:00:00.000Z', answers: yes([1, 2, 3, 4, 5, 6, 7]) },
            { takenAt: '2026-08-01T09:00:00.000Z', answers: yes([1, 2, 3]) },
        ]);
        expect(rows(element, 'trend-table')).toEqual([
            ['Aug 1, 2026', '1', '3'],
            ['Nov 1, 2026', '3', '7'],
        ]);
        const trend = chartOf(element, 'trend');
        expect(trend.data.labels).toEqual(['Aug 1, 2026', 'Nov 1, 2026']);
        expect(trend.data.datasets.map((d) => d.data)).toEqual([
            [1, 3],
            [3, 7],
        ]);
        const { scales } = trend.config.options;
        expect([scales.x.title.text, scales.y.title.text, scales.y1.title.text]).toEqual(['Date of the diagnosis', 'Level (0-5)', 'Checked items (0-15)']);
        await expect(element).toBeAccessible();
    });
});
