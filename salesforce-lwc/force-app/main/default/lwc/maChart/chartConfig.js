// A chart as the MA components describe it (a small spec of plain data) turned
// into a Chart.js configuration. Pure: the numbers are the ones the component's
// table shows; this file only decides how they are drawn.
//
// Bar and line charts:
//   { type: 'bar' | 'line', horizontal, stacked,
//     labels: [text | [line, line]],                              // the categories
//     datasets: [{ label, data: [number | null], tone, tones?: [per bar], axis?: 'value2' }],
//     category: { title }, value: { title, min, max, step, unit }, value2?: {...} }   // unit '%' adds a percent sign
// Time line of tasks:
//   { type: 'timeline', datasets: [{ label, tone, pointStyle, points: [{ day, task }] }],   // day: days since 1970-01-01
//     dates: { title, min, max }, tasks: { title, labels? } }   // labels: the tasks top to bottom (default: as the points come)

// A spec names what a colour means (tone); the colours are SLDS's and keep 3:1
// contrast against white. Series tones tell departments or metrics apart.
const TONES = {
    primary: '#0176d3',
    muted: '#706e6b',
    good: '#2e844a',
    alert: '#ba0517',
    series1: '#a96404',
    series2: '#2e844a',
    series3: '#7526e3',
    series4: '#706e6b',
};
const colour = (tone) => TONES[tone] || TONES.primary;

const DAY_MS = 86400000;

function dayFormatter(locale) {
    const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    return (day) => format.format(new Date(day * DAY_MS));
}

function numberFormatter(locale, unit) {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return (value) => (value === null || value === undefined ? '—' : `${format.format(value)}${unit || ''}`);
}

const title = (axis) => ({ display: Boolean(axis && axis.title), text: (axis && axis.title) || '' });

/** A numeric axis: bounds, step and tick labels in the locale (dates when `format` says so). */
function valueScale(axis = {}, format, stacked) {
    const ticks = { callback: (value) => format(value) };
    if (axis.step !== undefined) ticks.stepSize = axis.step;
    const out = { beginAtZero: true, stacked, title: title(axis), ticks };
    if (axis.min !== undefined) out.min = axis.min;
    if (axis.max !== undefined) out.max = axis.max;
    return out;
}

function categoryConfig(spec, locale) {
    const units = { y: (spec.value || {}).unit, y1: (spec.value2 || {}).unit };
    const scales = {
        [spec.horizontal ? 'y' : 'x']: { stacked: spec.stacked, title: title(spec.category) },
        [spec.horizontal ? 'x' : 'y']: valueScale(spec.value, numberFormatter(locale, units.y), spec.stacked),
    };
    if (spec.value2) scales.y1 = { ...valueScale(spec.value2, numberFormatter(locale, units.y1)), position: 'right', grid: { drawOnChartArea: false } };
    const tooltip = (item) => {
        const unit = item.dataset.yAxisID === 'y1' ? units.y1 : units.y;
        return `${item.dataset.label}: ${numberFormatter(locale, unit)(spec.horizontal ? item.parsed.x : item.parsed.y)}`;
    };
    return {
        type: spec.type,
        data: {
            labels: spec.labels,
            datasets: spec.datasets.map((d) => ({
                label: d.label,
                data: d.data,
                backgroundColor: d.tones ? d.tones.map(colour) : colour(d.tone),
                borderColor: colour(d.tone),
                ...(d.axis === 'value2' ? { yAxisID: 'y1' } : {}),
                ...(spec.type === 'line' ? { pointRadius: 4, spanGaps: false } : {}),
            })),
        },
        options: {
            indexAxis: spec.horizontal ? 'y' : 'x',
            scales,
            plugins: {
                legend: { display: spec.datasets.length > 1, position: 'bottom' },
                tooltip: { callbacks: { label: tooltip } },
            },
        },
    };
}

function timelineConfig(spec, locale) {
    const formatDay = dayFormatter(locale);
    const tasks = (spec.tasks && spec.tasks.labels) || [...new Set(spec.datasets.flatMap((d) => d.points.map((p) => p.task)))];
    return {
        type: 'scatter',
        data: {
            datasets: spec.datasets.map((d) => ({
                label: d.label,
                data: d.points.map((p) => ({ x: p.day, y: p.task })),
                backgroundColor: colour(d.tone),
                borderColor: colour(d.tone),
                pointStyle: d.pointStyle || 'circle',
                pointRadius: 7,
                pointHoverRadius: 9,
            })),
        },
        options: {
            scales: {
                x: { ...valueScale(spec.dates, formatDay), type: 'linear', beginAtZero: false },
                y: { type: 'category', labels: tasks, offset: true, title: title(spec.tasks) },
            },
            plugins: {
                legend: { display: true, position: 'bottom' },
                tooltip: { callbacks: { label: (item) => `${item.raw.y}: ${formatDay(item.raw.x)} (${item.dataset.label})` } },
            },
        },
    };
}

/** The Chart.js configuration of a spec, with numbers and dates in `locale`. */
export function chartConfig(spec, locale) {
    const config = spec.type === 'timeline' ? timelineConfig(spec, locale) : categoryConfig(spec, locale);
    // Drawn at once (no animation): the figure is data, and motion would distract readers of the table beside it.
    config.options = { ...config.options, locale, responsive: true, maintainAspectRatio: false, animation: false };
    return config;
}
