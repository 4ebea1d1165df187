// The plan's charts draw what its tables list: tasks done per transition, and
// the tasks on a time line by due date with the overdue ones marked.
import { graphql } from 'lightning/graphql';
import { flush, mount, $, $$, withTasks } from './planTestUtils';
import { installChartJs, removeChartJs, RecordingChart } from '../../../../../test/jest-mocks/chartJs';

const REAL_TIMERS = ['nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];
const DAY = 86400000;
const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;

const task = (key, transition, due, status, title = `Task ${key}`) => ({
    Task_Key__c: key,
    Title__c: title,
    Transition__c: transition,
    Status__c: status,
    Due_Date__c: due,
    Checklist_Items__c: '5',
    Owner_Role__c: 'marketing',
});

const TASKS = [
    task('a', '1->2', '2026-11-20', 'Done', 'Segment lists'),
    task('b', '2->3', '2026-12-05', 'In_Progress', 'Scoring rules'),
    task('c', '2->3', '2026-12-20', 'Not_Started', 'Score-based priority'),
    task('d', '2->3', null, 'Not_Started', 'Undated task'),
];

const chartOf = (element, name) => RecordingChart.of($(element, `c-ma-chart[data-chart="${name}"]`));
const cells = (element, id) => $$(element, `[data-id="${id}"] tbody tr`).map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()));

describe('c-ma-plan charts', () => {
    beforeEach(() => {
        jest.useFakeTimers({ now: new Date('2026-12-10T03:00:00Z'), doNotFake: REAL_TIMERS });
        installChartJs();
    });
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.useRealTimers();
        removeChartJs();
    });

    async function render() {
        const element = mount();
        graphql.emit(withTasks(TASKS));
        await flush();
        await flush();
        return element;
    }

    it('draws done and open tasks per transition, as the progress table lists them', async () => {
        const element = await render();
        expect(cells(element, 'transition-progress')).toEqual([
            ['Level 1→2 (initial → basic)', '1', '1', '100%'],
            ['Level 2→3 (basic → developing)', '0', '3', '0%'],
        ]);
        const chart = chartOf(element, 'transitions');
        expect(chart.data.labels).toEqual(['Level 1→2 (initial → basic)', 'Level 2→3 (basic → developing)']);
        expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
            ['Done', [1, 0]],
            ['Open', [0, 3]],
        ]);
        expect(chart.config.options.scales.x.stacked).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('puts the dated tasks on a time line by due date, overdue ones marked, as the time line table lists them', async () => {
        const element = await render();
        expect(cells(element, 'timeline')).toEqual([
            ['Nov 20, 2026', 'Segment lists', 'Done', ''],
            ['Dec 5, 2026', 'Scoring rules', 'In progress', '5 days overdue'],
            ['Dec 20, 2026', 'Score-based priority', 'Not started', ''],
            ['—', 'Undated task', 'Not started', ''],
        ]);
        expect($$(element, '[data-id="timeline"] tbody tr').map((tr) => tr.dataset.state)).toEqual(['done', 'overdue', 'open', 'open']);
        const chart = chartOf(element, 'timeline');
        expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
            ['Overdue', [{ x: day('2026-12-05'), y: 'Scoring rules' }]],
            ['Open', [{ x: day('2026-12-20'), y: 'Score-based priority' }]],
            ['Done', [{ x: day('2026-11-20'), y: 'Segment lists' }]],
        ]);
        // Overdue marks stand out: their own colour and shape.
        const [overdue, open] = chart.data.datasets;
        expect(overdue.pointStyle).not.toBe(open.pointStyle);
        expect(overdue.backgroundColor).not.toBe(open.backgroundColor);
        expect(chart.config.options.scales.x.ticks.callback(day('2026-12-05'))).toBe('Dec 5, 2026');
        // The tasks run top to bottom in due order.
        expect(chart.config.options.scales.y.labels).toEqual(['Segment lists', 'Scoring rules', 'Score-based priority']);
        expect($(element, 'c-ma-chart[data-chart="timeline"]').summary).toBe('3 tasks with a due date, in due order; 1 overdue');
    });

    it('shows due dates in the task tables in the user’s locale', async () => {
        const element = await render();
        const rows = $$(element, 'section[data-transition="2->3"] tbody tr');
        expect(rows.map((tr) => tr.querySelectorAll('td')[2].textContent)).toEqual(['Dec 5, 2026', 'Dec 20, 2026', '—']);
    });
});
