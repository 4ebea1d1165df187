// The plan's task records as charts, each with the rows of its table: progress
// per transition (done and still open) and the tasks on a time line by due
// date, the overdue ones marked. What counts as overdue is the core's
// (trackPlan); this file draws its answer.
import { t } from 'c/maCore';
import { label, lang, formatCount, formatDate } from 'c/maI18n';

const DAY_MS = 86400000;
const dayOf = (isoDate) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** 'レベル2→3(基礎→発展)' for a transition the catalog knows, else the stored text. */
export function transitionName(transition) {
    const key = `transition.${transition}`;
    const name = t(lang, key);
    return name === key ? transition : name;
}

export function transitionChart(tracking) {
    const rows = tracking.byTransition.map((p) => ({
        key: p.transition,
        transition: transitionName(p.transition),
        done: formatCount(p.done),
        total: formatCount(p.total),
        percent: `${p.percent}%`,
    }));
    return {
        spec: {
            type: 'bar',
            horizontal: true,
            stacked: true,
            labels: rows.map((r) => r.transition),
            datasets: [
                { label: label('plan.done'), data: tracking.byTransition.map((p) => p.done), tone: 'good' },
                { label: label('plan.open'), data: tracking.byTransition.map((p) => p.total - p.done), tone: 'muted' },
            ],
            category: { title: label('plan.transitionHeader') },
            value: { title: label('plan.taskCount'), min: 0, step: 1 },
        },
        summary: label('plan.transitionSummary', {
            rows: rows.map((r) => label('plan.transitionRow', { transition: r.transition, done: r.done, total: r.total })).join(', '),
        }),
        rows,
    };
}

const STATES = [
    { key: 'overdue', tone: 'alert', pointStyle: 'triangle', label: () => label('plan.overdue') },
    { key: 'open', tone: 'primary', pointStyle: 'circle', label: () => label('plan.open') },
    { key: 'done', tone: 'good', pointStyle: 'rectRot', label: () => label('plan.done') },
];

const stateOf = (task) => (task.overdue ? 'overdue' : task.done ? 'done' : 'open');

export function timelineChart(tracking, statusLabel) {
    const rows = tracking.timeline.map((task) => ({
        key: task.key,
        due: formatDate(task.due),
        title: task.title,
        status: statusLabel(task.key),
        state: stateOf(task),
        overdue: task.overdue ? label('plan.daysOverdue', { days: task.daysOverdue }) : '',
    }));
    const dated = tracking.timeline.filter((task) => task.due !== null);
    const days = dated.map((task) => dayOf(task.due));
    return {
        spec: {
            type: 'timeline',
            datasets: STATES.map((state) => ({
                label: state.label(),
                tone: state.tone,
                pointStyle: state.pointStyle,
                points: dated.filter((task) => stateOf(task) === state.key).map((task) => ({ day: dayOf(task.due), task: task.title })),
            })),
            // A day of margin either side, so the first and last marks are not cut at the edge.
            dates: { title: label('plan.due'), ...(days.length ? { min: Math.min(...days) - 1, max: Math.max(...days) + 1 } : {}) },
            // Top to bottom in due order, as the table lists them.
            tasks: { title: label('plan.task'), labels: dated.map((task) => task.title) },
        },
        summary: label('plan.timelineSummary', { count: dated.length, overdue: tracking.overdue }),
        rows,
        // Taller with more tasks: one row of the time line per task.
        style: `--ma-chart-height: ${Math.max(10, 2 + dated.length * 1.75)}rem`,
    };
}
