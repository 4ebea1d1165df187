// What a suggested model (ma-suggest-model: the core's suggestModel) looks
// like on the settings page: the core's verdict, how the leads were split,
// the rules table (points from -> to with the core's reason) with the MQL
// threshold, and the held-out backtests side by side, as a table and a chart
// of the same figures with a sentence for screen readers. Nothing here
// computes a figure or judges the suggestion: every number is the core's.
import { BarChart, Flex, Heading, StatusTag, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { formatRate, formatScore, localText, percentValue, pointsChange, SUGGESTION_BACKTEST_FIGURES, type BacktestReport, type Lang, type ModelSuggestion, type ScoringModel, type SuggestionFigure } from './core';
import { text, type TextKey } from './texts';

/** The day of an ISO instant (HubSpot stores instants in UTC). */
const day = (iso: string) => iso.slice(0, 10);

export function Verdict({ suggestion, truncatedAt, lang }: { suggestion: ModelSuggestion; truncatedAt: number | null; lang: Lang }) {
  const { fit, heldOut } = suggestion.split;
  const outcome = text(lang, `suggestion.target.${suggestion.target}`);
  return (
    <Flex direction="column" gap="xs">
      <StatusTag testId="suggestion-verdict" variant={suggestion.improvement ? 'success' : 'warning'}>
        {text(lang, suggestion.improvement ? 'suggestion.better' : 'suggestion.notBetter')}
      </StatusTag>
      <Text testId="suggestion-verdict-text">{suggestion.evaluation.verdict}</Text>
      <Text testId="suggestion-split" variant="microcopy">
        {text(lang, 'suggestion.split', {
          fitLeads: fit.leads,
          fitPositives: fit.positives,
          fitFrom: day(fit.from),
          fitTo: day(fit.to),
          heldLeads: heldOut.leads,
          heldPositives: heldOut.positives,
          heldFrom: day(heldOut.from),
          heldTo: day(heldOut.to),
          outcome,
        })}
      </Text>
      {truncatedAt !== null ? (
        <Text testId="suggestion-sample" variant="microcopy">
          {text(lang, 'suggestion.sample', { count: truncatedAt })}
        </Text>
      ) : null}
    </Flex>
  );
}

/** Every rule of the model in force, in model order, then the MQL threshold. */
export function RuleTable({ suggestion, current, lang }: { suggestion: ModelSuggestion; current: ScoringModel; lang: Lang }) {
  const rules = new Map([...current.fit, ...current.engagement].map((rule) => [rule.id, rule]));
  const { threshold } = suggestion;
  return (
    <Flex direction="column" gap="xs">
      <Heading>{text(lang, 'suggestion.rules')}</Heading>
      <Table bordered density="condensed" testId="suggestion-rules">
        <TableHead>
          <TableRow>
            {(['rule', 'kind', 'from', 'to', 'change', 'why'] as const).map((key) => (
              <TableHeader key={key}>{text(lang, `suggestion.${key}`)}</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {suggestion.changes.map((change) => {
            const rule = rules.get(change.rule);
            return (
              <TableRow key={change.rule}>
                <TableCell testId={`suggestion-rule-${change.rule}`}>{rule?.label ? localText(rule.label, lang) : change.rule}</TableCell>
                <TableCell>{text(lang, `suggestion.kind.${change.kind}`)}</TableCell>
                <TableCell testId={`suggestion-from-${change.rule}`}>{String(change.from)}</TableCell>
                <TableCell testId={`suggestion-to-${change.rule}`}>{String(change.to)}</TableCell>
                <TableCell testId={`suggestion-change-${change.rule}`}>{pointsChange(change.from, change.to)}</TableCell>
                <TableCell testId={`suggestion-why-${change.rule}`}>{change.why}</TableCell>
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell>{text(lang, 'suggestion.threshold')}</TableCell>
            <TableCell> </TableCell>
            <TableCell testId="suggestion-threshold-from">{threshold.from === null ? '—' : String(threshold.from)}</TableCell>
            <TableCell testId="suggestion-threshold-to">{String(threshold.to)}</TableCell>
            <TableCell>{threshold.from === null ? '' : pointsChange(threshold.from, threshold.to)}</TableCell>
            <TableCell testId="suggestion-threshold-why">{threshold.why}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Flex>
  );
}

const FORMAT: Record<SuggestionFigure['kind'], (value: number | null) => string> = { count: String, rate: formatRate, score: formatScore };

/** One figure of a backtest as its row shows it (the MQL count with its threshold). */
function cell(figure: SuggestionFigure, report: BacktestReport): string {
  const value = FORMAT[figure.kind](figure.read(report));
  return figure.withThreshold ? `${value} (${report.threshold === null ? '—' : report.threshold})` : value;
}

const keyOf = (figure: SuggestionFigure) => `suggestion.${figure.key}` as TextKey;
/** The rates the chart draws, each also a row of the table beside it. */
const RATE_BARS = SUGGESTION_BACKTEST_FIGURES.filter((f) => f.charted);

/** The two held-out backtests side by side, with how well each model ranks the held-out outcomes (AUC). */
export function BacktestSideBySide({ suggestion, lang }: { suggestion: ModelSuggestion; lang: Lang }) {
  const { current, suggested } = suggestion.backtest;
  const models = { current: text(lang, 'suggestion.current'), suggested: text(lang, 'suggestion.suggested') };
  const rows = SUGGESTION_BACKTEST_FIGURES.map((f) => ({ key: keyOf(f), metric: text(lang, keyOf(f)), current: cell(f, current), suggested: cell(f, suggested) }));
  rows.push({ key: 'suggestion.auc', metric: text(lang, 'suggestion.auc'), current: suggestion.evaluation.current.toFixed(3), suggested: suggestion.evaluation.suggested.toFixed(3) });
  // A rate with no denominator draws no bar rather than a false 0%.
  const bars = RATE_BARS.flatMap((f) =>
    (['current', 'suggested'] as const).flatMap((which) => {
      const rate = percentValue(f.read(suggestion.backtest[which]));
      return rate === null ? [] : [{ metric: text(lang, keyOf(f)), rate, model: models[which] }];
    }),
  );
  const summary = RATE_BARS.map((f) => `${text(lang, keyOf(f))}: ${formatRate(f.read(current))} → ${formatRate(f.read(suggested))}`).join('; ');
  return (
    <Flex direction="column" gap="xs">
      <Heading>{text(lang, 'suggestion.backtest')}</Heading>
      <Table bordered density="condensed" testId="suggestion-backtest">
        <TableHead>
          <TableRow>
            <TableHeader>{text(lang, 'suggestion.metric')}</TableHeader>
            <TableHeader align="right">{models.current}</TableHeader>
            <TableHeader align="right">{models.suggested}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.metric}</TableCell>
              <TableCell align="right" testId={`suggestion-current-${row.key.slice('suggestion.'.length)}`}>
                {row.current}
              </TableCell>
              <TableCell align="right" testId={`suggestion-suggested-${row.key.slice('suggestion.'.length)}`}>
                {row.suggested}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <BarChart
        testId="suggestion-backtest-chart"
        data={bars}
        axes={{
          x: { field: 'metric', fieldType: 'category', label: text(lang, 'suggestion.metric') },
          y: { field: 'rate', fieldType: 'linear', label: text(lang, 'suggestion.rateAxis') },
          options: { groupFieldByColor: 'model', colors: { [models.current]: 'blue', [models.suggested]: 'green' } },
        }}
        options={{ showLegend: true, showDataLabels: true }}
      />
      <Text testId="suggestion-backtest-summary" variant="microcopy">
        {text(lang, 'suggestion.backtestSummary', { rows: summary })}
      </Text>
    </Flex>
  );
}
