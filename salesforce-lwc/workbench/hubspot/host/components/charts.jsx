// BarChart and LineChart: drawn as SVG for the eye (hidden from screen
// readers) with the same figures as a table for screen readers, titled by
// the chart's own title. Series come from `axes.options.groupFieldByColor`.
import { useId } from 'react';
import { cx, testAttrs, useHost } from './base.js';

const PALETTE = {
    orange: '#ff7a59', aqua: '#00bda5', purple: '#6a78d1', yellow: '#f5c26b', pink: '#ea90b1', blue: '#00a4bd', green: '#4fb06d',
    darkOrange: '#d9431f', darkAqua: '#008f7e', darkPurple: '#4b57a8', darkYellow: '#c98d1a', darkPink: '#c25785', darkBlue: '#007a8c', darkGreen: '#2f7d47',
};
const DEFAULT_COLORS = ['orange', 'aqua', 'purple', 'yellow', 'pink', 'blue', 'green'];
const W = 640;
const H = 260;
const PAD = { top: 16, right: 16, bottom: 48, left: 48 };

function rowsOf(data) {
    if (Array.isArray(data)) return { rows: data, labels: {} };
    return { rows: Array.isArray(data && data.data) ? data.data : [], labels: (data && data.options && data.options.propertyLabels) || {} };
}

const labelOf = (labels, field, value) => (labels[field] && labels[field][value] !== undefined ? labels[field][value] : value);
const formatX = (axis, value) => (axis.fieldType === 'datetime' && typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : String(value));

function niceMax(max) {
    if (max <= 0) return 1;
    const step = 10 ** Math.floor(Math.log10(max));
    return Math.ceil(max / step) * step;
}

function model({ data, axes = {}, options = {} }) {
    const { rows, labels } = rowsOf(data);
    const x = axes.x || { field: 'x', fieldType: 'category' };
    const y = axes.y || { field: 'y', fieldType: 'linear' };
    const group = axes.options && axes.options.groupFieldByColor;
    const order = (list) => (x.fieldType === 'category' ? list : [...list].sort((a, b) => (a[x.field] < b[x.field] ? -1 : a[x.field] > b[x.field] ? 1 : 0)));
    const names = group ? [...new Set(rows.map((r) => r[group]))] : [y.field];
    const colorNames = options.colorList || options.colors || DEFAULT_COLORS;
    const color = (name, i) => PALETTE[(axes.options && axes.options.colors && axes.options.colors[name]) || colorNames[i % colorNames.length]] || PALETTE.orange;
    let xs;
    let series;
    if (!group) {
        // One series: every row is a point, even two on the same x (two diagnoses on one day).
        const points = order(rows);
        xs = points.map((r) => r[x.field]);
        series = [{ name: y.label || y.field, color: color(y.field, 0), values: points.map((r) => Number(r[y.field]) || 0) }];
    } else {
        xs = [];
        for (const row of order(rows)) if (!xs.includes(row[x.field])) xs.push(row[x.field]);
        series = names.map((name, i) => ({
            name: String(labelOf(labels, group, name)),
            color: color(name, i),
            values: xs.map((xv) => {
                const row = rows.filter((r) => r[x.field] === xv && r[group] === name).pop();
                return row ? Number(row[y.field]) || 0 : null;
            }),
        }));
    }
    const stacked = Boolean(axes.options && axes.options.stacking);
    const totals = xs.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
    const max = niceMax(Math.max(0, ...(stacked ? totals : series.flatMap((s) => s.values.map((v) => v || 0)))));
    return { x, y, xs: xs.map((v) => String(labelOf(labels, x.field, formatX(x, v)))), series, stacked, max };
}

function Frame({ props, chart, children }) {
    const { t } = useHost();
    const id = useId();
    const options = props.options || {};
    const title = options.title || `${chart.y.label || chart.y.field} / ${chart.x.label || chart.x.field}`;
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * chart.max);
    const yOf = (v) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / chart.max);
    return (
        <figure className="hs-chart" aria-labelledby={`${id}-title`} {...testAttrs(props)}>
            <figcaption className="hs-chart__title" id={`${id}-title`}>
                {title}
            </figcaption>
            <svg className="hs-chart__svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
                {ticks.map((v) => (
                    <g key={v}>
                        <line x1={PAD.left} x2={W - PAD.right} y1={yOf(v)} y2={yOf(v)} className="hs-chart__grid" />
                        <text x={PAD.left - 6} y={yOf(v) + 4} textAnchor="end" className="hs-chart__tick">
                            {Number.isInteger(v) ? v : v.toFixed(1)}
                        </text>
                    </g>
                ))}
                {children({ yOf, W, H, PAD })}
                {chart.y.label ? (
                    <text x={12} y={PAD.top + (H - PAD.top - PAD.bottom) / 2} transform={`rotate(-90 12 ${PAD.top + (H - PAD.top - PAD.bottom) / 2})`} textAnchor="middle" className="hs-chart__axis">
                        {chart.y.label}
                    </text>
                ) : null}
                {chart.x.label ? (
                    <text x={(W + PAD.left) / 2} y={H - 6} textAnchor="middle" className="hs-chart__axis">
                        {chart.x.label}
                    </text>
                ) : null}
            </svg>
            {options.showLegend !== false && chart.series.length > 1 ? (
                <ul className="hs-chart__legend" aria-hidden="true">
                    {chart.series.map((s) => (
                        <li key={s.name}>
                            <span className="hs-chart__swatch" style={{ background: s.color }} />
                            {s.name}
                        </li>
                    ))}
                </ul>
            ) : null}
            <table className="hs-sr-only">
                <caption>
                    {title} ({t('ui.chartData')})
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{chart.x.label || chart.x.field}</th>
                        {chart.series.map((s) => (
                            <th scope="col" key={s.name}>
                                {s.name}
                            </th>
                        ))}
                    </tr>
                </thead>
                <tbody>
                    {chart.xs.map((xv, i) => (
                        <tr key={i}>
                            <th scope="row">{xv}</th>
                            {chart.series.map((s) => (
                                <td key={s.name}>{s.values[i] === null ? '' : s.values[i]}</td>
                            ))}
                        </tr>
                    ))}
                </tbody>
            </table>
        </figure>
    );
}

const bandOf = (chart, i) => {
    const width = (W - PAD.left - PAD.right) / Math.max(1, chart.xs.length);
    return { x: PAD.left + i * width, width };
};

export function BarChart(props) {
    const chart = model(props);
    const labels = props.options && props.options.showDataLabels;
    return (
        <Frame props={props} chart={chart}>
            {({ yOf }) =>
                chart.xs.map((xv, i) => {
                    const band = bandOf(chart, i);
                    const n = chart.stacked ? 1 : chart.series.length;
                    const barWidth = (band.width * 0.7) / n;
                    let base = 0;
                    return (
                        <g key={i}>
                            {chart.series.map((s, k) => {
                                const v = s.values[i] || 0;
                                const x = band.x + band.width * 0.15 + (chart.stacked ? 0 : k * barWidth);
                                const top = yOf(base + v);
                                const bottom = yOf(base);
                                if (chart.stacked) base += v;
                                return (
                                    <g key={s.name}>
                                        <rect x={x} y={top} width={Math.max(1, barWidth - 2)} height={Math.max(0, bottom - top)} fill={s.color} />
                                        {labels ? (
                                            <text x={x + barWidth / 2} y={top - 4} textAnchor="middle" className="hs-chart__value">
                                                {v}
                                            </text>
                                        ) : null}
                                    </g>
                                );
                            })}
                            <text x={band.x + band.width / 2} y={H - PAD.bottom + 16} textAnchor="middle" className={cx('hs-chart__tick')}>
                                {xv.length > 12 ? `${xv.slice(0, 11)}…` : xv}
                            </text>
                        </g>
                    );
                })
            }
        </Frame>
    );
}

export function LineChart(props) {
    const chart = model(props);
    const labels = props.options && props.options.showDataLabels;
    const xOf = (i) => {
        const band = bandOf(chart, i);
        return band.x + band.width / 2;
    };
    return (
        <Frame props={props} chart={chart}>
            {({ yOf }) => (
                <>
                    {chart.series.map((s) => {
                        const points = s.values.map((v, i) => (v === null ? null : [xOf(i), yOf(v)])).filter(Boolean);
                        return (
                            <g key={s.name}>
                                <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" stroke={s.color} strokeWidth="2.5" />
                                {points.map(([x, y], i) => (
                                    <circle key={i} cx={x} cy={y} r="3.5" fill={s.color} />
                                ))}
                                {labels
                                    ? s.values.map((v, i) =>
                                          v === null ? null : (
                                              <text key={i} x={xOf(i)} y={yOf(v) - 8} textAnchor="middle" className="hs-chart__value">
                                                  {v}
                                              </text>
                                          )
                                      )
                                    : null}
                            </g>
                        );
                    })}
                    {chart.xs.map((xv, i) => (
                        <text key={i} x={xOf(i)} y={H - PAD.bottom + 16} textAnchor="middle" className="hs-chart__tick">
                            {xv.length > 12 ? `${xv.slice(0, 11)}…` : xv}
                        </text>
                    ))}
                </>
            )}
        </Frame>
    );
}
