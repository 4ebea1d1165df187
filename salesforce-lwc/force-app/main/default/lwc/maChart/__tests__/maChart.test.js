import { createElement } from 'lwc';
import MaChart from 'c/maChart';
import { loadScript } from 'lightning/platformResourceLoader';
import { chartConfig } from '../chartConfig';
import { installChartJs, removeChartJs, RecordingChart } from '../../../../../test/jest-mocks/chartJs';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const BAR = {
    type: 'bar',
    labels: ['MQL', ['SAL', 'MQL→SAL 80.0%']],
    datasets: [{ label: 'Leads', data: [10, 8], tone: 'primary' }],
    category: { title: 'Step' },
    value: { title: 'Leads', min: 0 },
};

function mount(props) {
    const element = createElement('c-ma-chart', { is: MaChart });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-ma-chart', () => {
    beforeEach(() => installChartJs());
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        removeChartJs();
        jest.clearAllMocks();
    });

    it('loads Chart.js from the MA_ChartJs static resource and draws the spec on a labelled canvas', async () => {
        const element = mount({ spec: BAR, summary: 'Funnel: MQL 10, SAL 8' });
        await flush();
        expect(loadScript).toHaveBeenCalledTimes(1);
        expect(loadScript.mock.calls[0][1]).toBe('MA_ChartJs');
        const chart = RecordingChart.of(element);
        expect(chart.data.labels).toEqual(['MQL', ['SAL', 'MQL→SAL 80.0%']]);
        expect(chart.data.datasets[0].data).toEqual([10, 8]);
        const canvas = element.shadowRoot.querySelector('canvas');
        expect(canvas.getAttribute('role')).toBe('img');
        expect(canvas.getAttribute('aria-label')).toBe('Funnel: MQL 10, SAL 8');
        expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('hands Chart.js its own copy of the figures (it marks the arrays it draws; LWC passes read-only proxies)', async () => {
        const deepFreeze = (value) => {
            if (value && typeof value === 'object') {
                Object.values(value).forEach(deepFreeze);
                Object.freeze(value);
            }
            return value;
        };
        const element = mount({ spec: deepFreeze(JSON.parse(JSON.stringify(BAR))), summary: 's' });
        await flush();
        const data = RecordingChart.of(element).data.datasets[0].data;
        expect(Object.isFrozen(data)).toBe(false);
        expect(() => Object.defineProperty(data, '_chartjs', { value: {} })).not.toThrow();
    });

    it('redraws when the figures change, and not for a new spec with the same figures', async () => {
        const element = mount({ spec: BAR, summary: 's' });
        await flush();
        element.spec = { ...BAR };
        await flush();
        expect(RecordingChart.instances).toHaveLength(1);
        element.spec = { ...BAR, datasets: [{ ...BAR.datasets[0], data: [10, 9] }] };
        await flush();
        expect(RecordingChart.instances).toHaveLength(2);
        expect(RecordingChart.instances[0].destroyed).toBe(true);
        expect(RecordingChart.of(element).data.datasets[0].data).toEqual([10, 9]);
    });

    it('shows a spinner until the library is loaded', async () => {
        loadScript.mockReturnValueOnce(new Promise(() => {}));
        const element = mount({ spec: BAR, summary: 's' });
        await flush();
        expect(element.shadowRoot.querySelector('lightning-spinner')).not.toBeNull();
        expect(RecordingChart.instances).toHaveLength(0);
    });

    it('shows the error panel, saying the table has the figures, when the static resource does not load', async () => {
        loadScript.mockRejectedValueOnce(new Error('Could not load /resource/1/MA_ChartJs'));
        const element = mount({ spec: BAR, summary: 's' });
        await flush();
        await flush();
        const panel = element.shadowRoot.querySelector('c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.friendlyMessage).toMatch(/table/);
        expect(element.shadowRoot.querySelector('canvas')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the script loads but defines no Chart', async () => {
        removeChartJs();
        const element = mount({ spec: BAR, summary: 's' });
        await flush();
        expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
    });

    it('destroys its chart when removed from the page', async () => {
        const element = mount({ spec: BAR, summary: 's' });
        await flush();
        document.body.removeChild(element);
        expect(RecordingChart.instances[0].destroyed).toBe(true);
    });
});

describe('chartConfig', () => {
    it('labels the axes, keeps the figures and writes ticks in the locale', () => {
        const config = chartConfig({ ...BAR, value: { title: '%', min: 0, max: 100, unit: '%' } }, 'ja-JP');
        expect(config.type).toBe('bar');
        expect(config.options.scales.x.title).toEqual({ display: true, text: 'Step' });
        expect(config.options.scales.y.title).toEqual({ display: true, text: '%' });
        expect(config.options.scales.y.ticks.callback(12.5)).toBe('12.5%');
        expect(config.options.scales.y.max).toBe(100);
        expect(config.options.locale).toBe('ja-JP');
        expect(config.options.animation).toBe(false);
        expect(config.options.plugins.legend.display).toBe(false);
    });

    it('puts the category on the y axis of a horizontal chart and a second value axis on the right', () => {
        const horizontal = chartConfig({ ...BAR, horizontal: true, stacked: true }, 'en-US');
        expect(horizontal.options.indexAxis).toBe('y');
        expect(horizontal.options.scales.y.title.text).toBe('Step');
        expect(horizontal.options.scales.x.stacked).toBe(true);
        const twoAxes = chartConfig(
            {
                type: 'line',
                labels: ['a', 'b'],
                datasets: [
                    { label: 'Level', data: [1, 2], tone: 'primary' },
                    { label: 'Checks', data: [3, 5], tone: 'series1', axis: 'value2' },
                ],
                value: { title: 'Level', min: 0, max: 5 },
                value2: { title: 'Checks', min: 0, max: 15 },
            },
            'en-US',
        );
        expect(twoAxes.data.datasets[1].yAxisID).toBe('y1');
        expect(twoAxes.options.scales.y1).toEqual(expect.objectContaining({ position: 'right', max: 15, title: { display: true, text: 'Checks' } }));
        expect(twoAxes.options.plugins.legend.display).toBe(true);
    });

    it('lines tasks up by day on a time line with dates in the locale', () => {
        const day = Date.UTC(2026, 11, 1) / 86400000;
        const config = chartConfig(
            {
                type: 'timeline',
                datasets: [{ label: 'Overdue', tone: 'alert', pointStyle: 'triangle', points: [{ day, task: 'Scoring rules' }] }],
                dates: { title: 'Due date' },
                tasks: { title: 'Task' },
            },
            'ja-JP',
        );
        expect(config.type).toBe('scatter');
        expect(config.data.datasets[0].data).toEqual([{ x: day, y: 'Scoring rules' }]);
        expect(config.data.datasets[0].pointStyle).toBe('triangle');
        expect(config.options.scales.y.labels).toEqual(['Scoring rules']);
        expect(config.options.scales.x.ticks.callback(day)).toBe('2026年12月1日');
        expect(chartConfig({ type: 'timeline', datasets: [], dates: {} }, 'en-US').options.scales.x.ticks.callback(day)).toBe('Dec 1, 2026');
    });
});
