// The diagnosis as charts, each with the rows of the table that says the same
// in words: the level on the seed's 0-5 scale beside the B2B average, the
// benchmark bands (40 % / 45 % / 15 %), the three axes (per department when
// several answered) and the level and checks over time. Every number is the
// core's; a chart and its table are built from the same values here.
import { formatRate, percentValue, t } from 'c/maCore';
import { AXES, BENCHMARK_SHARES } from 'c/maMethod';
import { label, lang, formatDate } from 'c/maI18n';

const SERIES = ['series1', 'series2', 'series3', 'series4'];

/** The level and the B2B average on the 0-5 scale. */
export function levelChart(d) {
    const average = d.benchmark.averageB2B;
    return {
        spec: {
            type: 'bar',
            horizontal: true,
            labels: [label('diagnosis.yourLevel'), label('diagnosis.averageLevel')],
            datasets: [{ label: t(lang, 'figure.level'), data: [d.level, average], tones: ['primary', 'muted'], tone: 'primary' }],
            category: { title: '' },
            value: { title: label('diagnosis.levelAxis'), min: 0, max: 5, step: 1 },
        },
        summary: label('diagnosis.levelSummary', { level: d.level, average }),
    };
}

/** The seed's survey bands with the share of companies in each, this organisation's band marked. */
export function benchmarkChart(d) {
    const bands = Object.keys(BENCHMARK_SHARES);
    const rows = bands.map((band) => ({
        key: band,
        band: t(lang, `benchmark.band.${band}`),
        share: `${BENCHMARK_SHARES[band]}%`,
        mine: band === d.benchmark.band ? label('diagnosis.yourBand', { level: d.level }) : '',
    }));
    return {
        spec: {
            type: 'bar',
            labels: rows.map((r) => r.band),
            datasets: [
                {
                    label: label('diagnosis.share'),
                    data: bands.map((band) => BENCHMARK_SHARES[band]),
                    tones: bands.map((band) => (band === d.benchmark.band ? 'primary' : 'muted')),
                    tone: 'primary',
                },
            ],
            category: { title: label('diagnosis.band') },
            value: { title: label('diagnosis.shareAxis'), min: 0, max: 50, step: 10, unit: '%' },
        },
        summary: label('diagnosis.benchmarkSummary', {
            shares: rows.map((r) => `${r.band} ${r.share}`).join(', '),
            band: t(lang, `benchmark.band.${d.benchmark.band}`),
            level: d.level,
        }),
        rows,
    };
}

const axisName = (axis) => t(lang, `axis.${axis}`);
const cell = (score) => `${score.checked}/${score.total} (${formatRate(score.share)})`;

/** The three axes: the consensus, and each department's own answers when more than one answered. */
export function profileChart(d) {
    const byRole = d.profileByRole || {};
    const roles = Object.keys(byRole);
    const columns = [{ key: 'all', title: label('diagnosis.consensus'), profile: d.profile, tone: 'primary' }];
    if (roles.length > 1) {
        roles.forEach((role, i) => columns.push({ key: role, title: t(lang, `role.${role}`), profile: byRole[role], tone: SERIES[i % SERIES.length] }));
    }
    const rows = AXES.map((axis, i) => ({
        key: axis,
        axis: axisName(axis),
        cells: columns.map((c) => ({ key: `${axis}-${c.key}`, text: cell(c.profile[i]) })),
    }));
    const w = d.weakestAxis;
    return {
        spec: {
            type: 'bar',
            labels: AXES.map(axisName),
            datasets: columns.map((c) => ({ label: c.title, data: c.profile.map((s) => percentValue(s.share)), tone: c.tone })),
            category: { title: label('diagnosis.axis') },
            value: { title: label('diagnosis.profileAxis'), min: 0, max: 100, step: 25, unit: '%' },
        },
        summary: label('diagnosis.profileSummary', {
            axes: d.profile.map((s) => `${axisName(s.axis)} ${formatRate(s.share)}`).join(', '),
        }),
        columns: columns.map((c) => ({ key: c.key, title: c.title })),
        rows,
        weakest: w
            ? t(lang, 'report.profile.weakest', {
                  axis: axisName(w.axis),
                  percent: Math.round(w.share * 100),
                  items: w.items.join(lang === 'ja' ? '、' : ', '),
              })
            : t(lang, 'report.profile.complete'),
        weakestAxis: w ? w.axis : '',
    };
}

/** Level (left axis, 0-5) and checks (right axis, 0-15) at each diagnosis, oldest first. */
export function trendChart(d) {
    const points = [...d.trend.points].sort((a, b) => String(a.takenAt).localeCompare(String(b.takenAt)));
    const rows = points.map((p, index) => ({
        key: `p${index}`,
        takenAt: formatDate(p.takenAt),
        level: String(p.level),
        checkedCount: String(p.checkedCount),
    }));
    return {
        spec: {
            type: 'line',
            labels: rows.map((r) => r.takenAt),
            datasets: [
                { label: t(lang, 'figure.level'), data: points.map((p) => p.level), tone: 'primary' },
                { label: t(lang, 'figure.checkedCount'), data: points.map((p) => p.checkedCount), tone: 'series1', axis: 'value2' },
            ],
            category: { title: label('diagnosis.takenOn') },
            value: { title: label('diagnosis.levelAxis'), min: 0, max: 5, step: 1 },
            value2: { title: label('diagnosis.checksAxis'), min: 0, max: 15, step: 3 },
        },
        summary: label('diagnosis.trendSummary', {
            count: points.length,
            change: d.trend.levelChange > 0 ? `+${d.trend.levelChange}` : String(d.trend.levelChange),
        }),
        rows,
    };
}
