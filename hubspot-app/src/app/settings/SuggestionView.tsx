// What a suggested model (ma-suggest-model: the core's suggestModel) looks
// like on the settings page: the core's verdict, how the leads were split,
// the rules table (points from -> to with the core's reason) with the MQL
// threshold, and the held-out backtests side by side, as a table and a chart
// of the same figures with a sentence for screen readers. Nothing here
// computes a figure or judges the suggestion: every number is the core's.
import { BarChart, Flex, Heading, StatusTag, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { formatRate, formatScore, localText, percentValue, type BacktestReport, type Lang, type ModelSuggestion, type ScoringModel } from './core';
import { text, type TextKey } from './texts';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');
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
                <TableCell testId={`suggestion-change-${change.rule}`}>{signed(change.to - change.from)}</TableCell>
                <TableCell testId={`suggestion-why-${change.rule}`}>{change.why}</TableCell>
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell>{text(lang, 'suggestion.threshold')}</TableCell>
            <TableCell> </TableCell>
            <TableCell testId="suggestion-threshold-from">{threshold.from === null ? '—' : String(threshold.from)}</TableCell>
            <TableCell testId="suggestion-threshold-to">{String(threshold.to)}</TableCell>
            <TableCell>{threshold.from === null ? '' : signed(threshold.to - threshold.from)}</TableCell>
            <TableCell testId="suggestion-threshold-why">{threshold.why}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Flex>
  );
}

type Read = (r: BacktestReport) => string;
const BACKTEST_ROWS: [TextKey, Read][] = [
  ['suggestion.heldOutLeads', (r) => String(r.leads)],
  ['suggestion.mqls', (r) => `${r.mql.count} (${r.threshold === null ? '—' : r.threshold})`],
  ['suggestion.mqlOpportunities', (r) => String(r.mql.opportunities)],
  ['suggestion.mqlWon', (r) => String(r.mql.won)],
  ['suggestion.mqlOpportunityRate', (r) => formatRate(r.mql.opportunityRate)],
  ['suggestion.mqlWonRate', (r) => formatRate(r.mql.wonRate)],
  ['suggestion.nonMqlWonRate', (r) => formatRate(r.nonMql.wonRate)],
  ['suggestion.liftWon', (r) => formatScore(r.lift.won)],
];

/** The rates the chart draws, each also a row of the table beside it. */
const RATE_BARS: [TextKey, (r: BacktestReport) => number | null][] = [
  ['suggestion.mqlOpportunityRate', (r) => r.mql.opportunityRate],
  ['suggestion.mqlWonRate', (r) => r.mql.wonRate],
  ['suggestion.nonMqlWonRate', (r) => r.nonMql.wonRate],
];

/** The two held-out backtests side by side, with how well each model ranks the held-out outcomes (AUC). */
export function BacktestSideBySide({ suggestion, lang }: { suggestion: ModelSuggestion; lang: Lang }) {
  const { current, suggested } = suggestion.backtest;
  const models = { current: text(lang, 'suggestion.current'), suggested: text(lang, 'suggestion.suggested') };
  const rows = BACKTEST_ROWS.map(([key, read]) => ({ key, metric: text(lang, key), current: read(current), suggested: read(suggested) }));
  rows.push({ key: 'suggestion.auc', metric: text(lang, 'suggestion.auc'), current: suggestion.evaluation.current.toFixed(3), suggested: suggestion.evaluation.suggested.toFixed(3) });
  // A rate with no denominator draws no bar rather than a false 0%.
  const bars = RATE_BARS.flatMap(([key, read]) =>
    (['current', 'suggested'] as const).flatMap((which) => {
      const rate = percentValue(read(suggestion.backtest[which]));
      return rate === null ? [] : [{ metric: text(lang, key), rate, model: models[which] }];
    }),
  );
  const summary = RATE_BARS.map(([key, read]) => `${text(lang, key)}: ${formatRate(read(current))} → ${formatRate(read(suggested))}`).join('; ');
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
