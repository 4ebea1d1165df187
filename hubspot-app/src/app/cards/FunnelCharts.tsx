// The funnel as charts, each beside a table of the same figures: the steps
// MQL -> SAL -> SQL -> 商談 -> 受注 with the conversion between each (the
// core's funnelSteps), 商談化率, 受注率 and SLA compliance per month (LineChart)
// and per definition version (BarChart), and why inside sales rejected MQLs.
import { BarChart, Flex, Heading, LineChart, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { formatRate, funnelStageLabel, funnelSteps, percentValue, REJECT_REASONS, t, type FunnelKpis, type KpiFigures, type Lang } from './core';
import { chrome } from './chrome';
import { FunnelRateTable, type RateSection } from './FunnelRateTable';

const RATES = ['opportunityRate', 'winRate', 'slaCompliance'] as const;

/** One row per section and rate; a rate with a zero denominator is null: no point or bar is drawn, rather than a false 0%. */
function rateRows(sections: RateSection[], lang: Lang, field: 'month' | 'version') {
  return sections.flatMap((s) =>
    RATES.flatMap((key) => {
      const rate = percentValue(s.figures[key]);
      return rate === null ? [] : [{ [field]: s.name, rate, metric: t(lang, `kpi.${key}`) }];
    }),
  );
}

function FunnelSteps({ kpis, lang }: { kpis: KpiFigures; lang: Lang }) {
  const steps = funnelSteps(kpis).map((s) => ({
    ...s,
    name: funnelStageLabel(lang, s.stage),
    conversionText: s.from ? formatRate(s.conversion) : '—',
  }));
  return (
    <Flex direction="column" gap="sm">
      <BarChart
        testId="kpi-funnel-chart"
        data={steps.map((s) => ({ stage: s.name, count: s.count }))}
        axes={{
          x: { field: 'stage', fieldType: 'category', label: chrome(lang, 'kpi.step') },
          y: { field: 'count', fieldType: 'linear', label: chrome(lang, 'kpi.count') },
        }}
        options={{ title: chrome(lang, 'kpi.steps'), showDataLabels: true }}
      />
      <Table bordered density="condensed" testId="kpi-steps-table">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'kpi.step')}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'kpi.count')}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'kpi.conversion')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s.stage}>
              <TableCell>{s.from ? t(lang, 'funnel.conversion', { from: funnelStageLabel(lang, s.from), to: s.name }) : s.name}</TableCell>
              <TableCell align="right">{String(s.count)}</TableCell>
              <TableCell align="right" testId={`kpi-step-conversion-${s.stage}`}>
                {s.conversionText}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}

export function FunnelCharts({ kpis, lang }: { kpis: FunnelKpis; lang: Lang }) {
  const count = chrome(lang, 'kpi.count');
  const months: RateSection[] = kpis.byMonth.map((m) => ({ key: m.month, name: m.month, figures: m }));
  const versions: RateSection[] = kpis.byDefinitionVersion.map((v) => ({ key: `v${v.version}`, name: `v${v.version}`, figures: v }));
  const reasonLabel = (id: string) => REJECT_REASONS.find((r) => r.id === id)?.label[lang] ?? id;
  const rejections = kpis.salRejectionsByReason.map((r) => ({ reason: reasonLabel(r.reason), count: r.count }));
  const rateAxis = { field: 'rate', fieldType: 'linear', label: chrome(lang, 'kpi.rateAxis') } as const;
  return (
    <Flex direction="column" gap="md">
      <Heading>{chrome(lang, 'kpi.steps')}</Heading>
      <FunnelSteps kpis={kpis} lang={lang} />
      <Heading>{chrome(lang, 'kpi.byMonth')}</Heading>
      {kpis.byMonth.length > 1 ? (
        <LineChart
          testId="kpi-month-chart"
          data={rateRows(months, lang, 'month')}
          axes={{ x: { field: 'month', fieldType: 'category', label: chrome(lang, 'kpi.month') }, y: rateAxis, options: { groupFieldByColor: 'metric' } }}
          options={{ showLegend: true, showTooltips: true }}
        />
      ) : (
        <Text testId="kpi-one-month">{chrome(lang, 'kpi.oneMonth')}</Text>
      )}
      <FunnelRateTable sections={months} firstColumn={chrome(lang, 'kpi.month')} testId="kpi-month" lang={lang} />
      <Heading>{chrome(lang, 'kpi.byVersion')}</Heading>
      {versions.length > 0 ? (
        <>
          <BarChart
            testId="kpi-version-chart"
            data={rateRows(versions, lang, 'version')}
            axes={{ x: { field: 'version', fieldType: 'category', label: chrome(lang, 'kpi.version') }, y: rateAxis, options: { groupFieldByColor: 'metric' } }}
            options={{ showLegend: true, showDataLabels: true }}
          />
          <FunnelRateTable sections={versions} firstColumn={chrome(lang, 'kpi.version')} testId="kpi-version" lang={lang} />
        </>
      ) : null}
      <Heading>{chrome(lang, 'kpi.rejections')}</Heading>
      {rejections.length > 0 ? (
        <>
          <BarChart
            testId="kpi-rejections-chart"
            data={rejections}
            axes={{ x: { field: 'reason', fieldType: 'category', label: chrome(lang, 'kpi.reason') }, y: { field: 'count', fieldType: 'linear', label: count } }}
            options={{ showDataLabels: true }}
          />
          <Table bordered density="condensed" testId="kpi-rejections-table">
            <TableHead>
              <TableRow>
                <TableHeader>{chrome(lang, 'kpi.reason')}</TableHeader>
                <TableHeader align="right">{count}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {rejections.map((r) => (
                <TableRow key={r.reason}>
                  <TableCell>{r.reason}</TableCell>
                  <TableCell align="right">{String(r.count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        <Text testId="kpi-no-rejections">{chrome(lang, 'kpi.noRejections')}</Text>
      )}
    </Flex>
  );
}
