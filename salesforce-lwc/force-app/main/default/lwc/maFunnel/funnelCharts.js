// The funnel KPIs as charts, each with the rows of its table: the steps
// MQL -> SAL -> SQL -> 商談 -> 受注 with the conversion between each (the
// core's funnelSteps), and 商談化率, 受注率 and SLA compliance per month of MQL
// and per definition version (the core's breakdowns). A chart and its table
// take the same rounded values.
import { formatRate, funnelSteps, funnelStageLabel, percentValue, t } from 'c/maCore';
import { label, lang, formatCount } from 'c/maI18n';

const RATE_SERIES = [
    ['opportunityRate', 'primary'],
    ['winRate', 'series1'],
    ['slaCompliance', 'series2'],
];

/** The five steps with their counts; each category label carries the conversion from the step before. */
export function stepsChart(kpis) {
    const steps = funnelSteps(kpis);
    const rows = steps.map((s) => ({
        key: s.stage,
        stage: funnelStageLabel(lang, s.stage),
        count: formatCount(s.count),
        conversionLabel: s.from ? t(lang, 'funnel.conversion', { from: funnelStageLabel(lang, s.from), to: funnelStageLabel(lang, s.stage) }) : '—',
        conversion: s.from ? formatRate(s.conversion) : '—',
    }));
    return {
        spec: {
            type: 'bar',
            labels: rows.map((r) => (r.conversionLabel === '—' ? r.stage : [r.stage, `${r.conversionLabel} ${r.conversion}`])),
            datasets: [{ label: label('funnel.count'), data: steps.map((s) => s.count), tone: 'primary' }],
            category: { title: label('funnel.step') },
            value: { title: label('funnel.count'), min: 0 },
        },
        summary: label('funnel.stepsSummary', {
            steps: rows.map((r) => (r.conversionLabel === '—' ? `${r.stage} ${r.count}` : `${r.stage} ${r.count} (${r.conversion})`)).join(', '),
        }),
        rows,
    };
}

/** 商談化率, 受注率 and SLA compliance per section (a month or a definition version); a rate without a denominator is a gap. */
export function ratesChart(sections, nameOf, { type, categoryTitle, summaryKey }) {
    const names = sections.map(nameOf);
    return {
        spec: {
            type,
            labels: names,
            datasets: RATE_SERIES.map(([key, tone]) => ({ label: t(lang, `kpi.${key}`), data: sections.map((s) => percentValue(s[key])), tone })),
            category: { title: categoryTitle },
            value: { title: label('funnel.rateAxis'), min: 0, max: 100, step: 25, unit: '%' },
        },
        summary: label(summaryKey, {
            rows: sections
                .map((s, i) => `${names[i]}: ${RATE_SERIES.map(([key]) => `${t(lang, `kpi.${key}`)} ${formatRate(s[key])}`).join(' / ')}`)
                .join('; '),
        }),
    };
}
