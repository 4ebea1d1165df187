// The funnel in figures: counts from MQL to won, and the rates the seed says
// marketing, inside sales and sales should manage together.
import { Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import { formatMinutes, formatRate, t, type FunnelKpis, type Lang } from './core';
import { chrome } from './chrome';

export function FunnelSummary({ kpis, lang }: { kpis: FunnelKpis; lang: Lang }) {
  return (
    <>
      <Statistics>
        <StatisticsItem testId="kpi-mql" label={t(lang, 'kpi.mql')} number={kpis.mql} />
        <StatisticsItem testId="kpi-sal" label={t(lang, 'kpi.sal')} number={kpis.sal} />
        <StatisticsItem testId="kpi-sql" label={t(lang, 'kpi.sql')} number={kpis.sql} />
        <StatisticsItem testId="kpi-opportunities" label={t(lang, 'kpi.opportunities')} number={kpis.opportunities} />
        <StatisticsItem testId="kpi-won" label={t(lang, 'kpi.won')} number={kpis.won} />
      </Statistics>
      <Statistics>
        <StatisticsItem testId="kpi-mql-to-sql" label={t(lang, 'kpi.mqlToSqlRate')} number={formatRate(kpis.mqlToSqlRate)} />
        <StatisticsItem testId="kpi-opportunity-rate" label={t(lang, 'kpi.opportunityRate')} number={formatRate(kpis.opportunityRate)} />
        <StatisticsItem testId="kpi-win-rate" label={t(lang, 'kpi.winRate')} number={formatRate(kpis.winRate)} />
        <StatisticsItem
          testId="kpi-sla"
          label={`${t(lang, 'kpi.slaCompliance')} (${chrome(lang, 'kpi.slaWithin', { minutes: kpis.slaMinutes })})`}
          number={formatRate(kpis.slaCompliance)}
        />
        <StatisticsItem testId="kpi-median-touch" label={t(lang, 'kpi.medianMinutesToFirstTouch')} number={formatMinutes(kpis.medianMinutesToFirstTouch, lang)} />
      </Statistics>
    </>
  );
}
