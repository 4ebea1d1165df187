// What the suggestion looks like on the page: the rules table (points from ->
// to, with the core's reason), the threshold, and the held-out backtests side
// by side, each chart with the rows of its table, from the same core answer,
// so a chart and its table cannot disagree. Nothing here computes a figure.
import { formatRate, formatScore, localText, percentValue } from 'c/maCore';
import { SUGGESTION_BACKTEST_FIGURES, pointsChange } from 'c/maLearn';
import { label, lang, formatCount } from 'c/maI18n';

/** The current model's rules by id, for their labels. */
function rulesById(model) {
    return new Map([...model.fit, ...model.engagement].map((rule) => [rule.id, rule]));
}

const ruleName = (rule, id) => (rule && rule.label ? localText(rule.label, lang) : id);

/** One row per rule, in model order: name, kind, points from -> to, the change and why. */
export function ruleRows(suggestion, currentModel) {
    const rules = rulesById(currentModel);
    return suggestion.changes.map((c) => ({
        key: c.rule,
        rule: c.rule,
        name: ruleName(rules.get(c.rule), c.rule),
        kind: label(`suggestion.kind.${c.kind}`),
        from: String(c.from),
        to: String(c.to),
        change: pointsChange(c.from, c.to),
        direction: c.to > c.from ? 'up' : c.to < c.from ? 'down' : 'same',
        kept: c.basis === 'kept',
        why: c.why,
    }));
}

/** The MQL threshold from -> to, with the core's reason. */
export function thresholdRow(suggestion) {
    const { from, to, why } = suggestion.threshold;
    return { from: from === null ? '—' : String(from), to: String(to), why };
}

const FORMAT = { count: formatCount, rate: formatRate, score: formatScore };

/** One figure of a backtest as its row shows it (the MQL count with its threshold). */
function cell(figure, report) {
    const value = FORMAT[figure.kind](figure.read(report));
    return figure.withThreshold ? `${value} (${report.threshold === null ? '—' : report.threshold})` : value;
}

/** The two held-out backtests side by side, and how well each model ranks the held-out outcomes (AUC). */
export function backtestRows(suggestion) {
    const { current, suggested } = suggestion.backtest;
    const rows = SUGGESTION_BACKTEST_FIGURES.map((f) => ({ key: f.key, metric: label(`suggestion.${f.key}`), current: cell(f, current), suggested: cell(f, suggested) }));
    const { evaluation } = suggestion;
    rows.push({ key: 'auc', metric: label('suggestion.auc'), current: evaluation.current.toFixed(3), suggested: evaluation.suggested.toFixed(3) });
    return rows;
}

/** Points per rule, current beside suggested (a horizontal bar per rule). */
export function pointsChart(suggestion, currentModel) {
    const rows = ruleRows(suggestion, currentModel);
    return {
        spec: {
            type: 'bar',
            horizontal: true,
            labels: rows.map((r) => r.name),
            datasets: [
                { label: label('suggestion.current'), data: suggestion.changes.map((c) => c.from), tone: 'muted' },
                { label: label('suggestion.suggested'), data: suggestion.changes.map((c) => c.to), tone: 'primary' },
            ],
            category: { title: label('suggestion.rule') },
            value: { title: label('suggestion.points') },
        },
        summary: label('suggestion.pointsSummary', { rows: rows.map((r) => `${r.name} ${r.from} → ${r.to}`).join(', ') }),
    };
}

const RATE_BARS = SUGGESTION_BACKTEST_FIGURES.filter((f) => f.charted);

/** The held-out backtests' rates, current beside suggested. */
export function backtestChart(suggestion) {
    const { current, suggested } = suggestion.backtest;
    const names = RATE_BARS.map((f) => label(`suggestion.${f.key}`));
    return {
        spec: {
            type: 'bar',
            labels: names,
            datasets: [
                { label: label('suggestion.current'), data: RATE_BARS.map((f) => percentValue(f.read(current))), tone: 'muted' },
                { label: label('suggestion.suggested'), data: RATE_BARS.map((f) => percentValue(f.read(suggested))), tone: 'primary' },
            ],
            category: { title: label('suggestion.metric') },
            value: { title: label('suggestion.rateAxis'), min: 0, max: 100, step: 25, unit: '%' },
        },
        summary: label('suggestion.backtestSummary', {
            rows: RATE_BARS.map((f, i) => `${names[i]}: ${formatRate(f.read(current))} → ${formatRate(f.read(suggested))}`).join('; '),
        }),
    };
}
