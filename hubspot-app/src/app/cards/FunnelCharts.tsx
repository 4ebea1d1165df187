// The funnel as charts: stage counts, rates per month (LineChart), MQLs and
// SQLs per definition version, and why inside sales rejected MQLs.
import { BarChart, Flex, Heading, LineChart, Text } from '@hubspot/ui-extensions';
import { REJECT_REASONS, t, type FunnelKpis, type Lang } from './core';
import { chrome } from './chrome';
import { FunnelMonthTable } from './FunnelMonthTable';

/** Rates as percentages with one decimal, as the figures above show them. */
const percent = (rate: number): number => Number((rate * 100).toFixed(1));

export function FunnelCharts({ kpis, lang }: { kpis: FunnelKpis; lang: Lang }) {
  const stage = chrome(lang, 'kpi.stage');
  const count = chrome(lang, 'kpi.count');
  const funnel = [
    { stage: t(lang, 'stage.mql'), count: kpis.mql },
    { stage: t(lang, 'stage.sal'), count: kpis.sal },
    { stage: t(lang, 'stage.sql'), count: kpis.sql },
    { stage: t(lang, 'kpi.opportunities'), count: kpis.opportunities },
    { stage: t(lang, 'kpi.won'), count: kpis.won },
  ];
  // A rate with a zero denominator is null: no point is drawn, rather than a false 0%.
  const monthRates = kpis.byMonth.flatMap((m) =>
    (
      [
        [m.mqlToSqlRate, t(lang, 'kpi.mqlToSqlRate')],
        [m.opportunityRate, t(lang, 'kpi.opportunityRate')],
        [m.winRate, t(lang, 'kpi.winRate')],
        [m.slaCompliance, t(lang, 'kpi.slaCompliance')],
      ] as const
    ).flatMap(([rate, metric]) => (rate === null ? [] : [{ month: m.month, rate: percent(rate), metric }])),
  );
  const versions = kpis.byDefinitionVersion.flatMap((v) => [
    { version: `v${v.version}`, count: v.mql, stage: t(lang, 'stage.mql') },
    { version: `v${v.version}`, count: v.sql, stage: t(lang, 'stage.sql') },
  ]);
  const reasonLabel = (id: string) => REJECT_REASONS.find((r) => r.id === id)?.label[lang] ?? id;
  const rejections = kpis.salRejectionsByReason.map((r) => ({ reason: reasonLabel(r.reason), count: r.count }));
  return (
    <Flex direction="column" gap="md">
      <BarChart
        testId="kpi-funnel-chart"
        data={funnel}
        axes={{ x: { field: 'stage', fieldType: 'category', label: stage }, y: { field: 'count', fieldType: 'linear', label: count } }}
        options={{ title: chrome(lang, 'kpi.funnelTitle'), showDataLabels: true }}
      />
      <Heading>{chrome(lang, 'kpi.byMonth')}</Heading>
      {kpis.byMonth.length > 1 ? (
        <LineChart
          testId="kpi-month-chart"
          data={monthRates}
          axes={{
            x: { field: 'month', fieldType: 'category', label: chrome(lang, 'kpi.month') },
            y: { field: 'rate', fieldType: 'linear', label: '%' },
            options: { groupFieldByColor: 'metric' },
          }}
          options={{ showLegend: true, showTooltips: true }}
        />
      ) : (
        <Text testId="kpi-one-month">{chrome(lang, 'kpi.oneMonth')}</Text>
      )}
      <FunnelMonthTable kpis={kpis} lang={lang} />
      <Heading>{chrome(lang, 'kpi.byVersion')}</Heading>
      <BarChart
        testId="kpi-version-chart"
        data={versions}
        axes={{
          x: { field: 'version', fieldType: 'category', label: chrome(lang, 'kpi.version') },
          y: { field: 'count', fieldType: 'linear', label: count },
          options: { groupFieldByColor: 'stage' },
        }}
        options={{ showLegend: true, showDataLabels: true }}
      />
      <Heading>{chrome(lang, 'kpi.rejections')}</Heading>
      {rejections.length > 0 ? (
        <BarChart
          testId="kpi-rejections-chart"
          data={rejections}
          axes={{ x: { field: 'reason', fieldType: 'category', label: chrome(lang, 'kpi.reason') }, y: { field: 'count', fieldType: 'linear', label: count } }}
          options={{ showDataLabels: true }}
        />
      ) : (
        <Text testId="kpi-no-rejections">{chrome(lang, 'kpi.noRejections')}</Text>
      )}
    </Flex>
  );
}
