// The funnel in figures: counts from MQL to won, and the rates the seed says
// marketing, inside sales and sales should manage together.
import { Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { FunnelKpis, Lang } from './core';
import { chrome } from './chrome';
import { formatMinutes, formatRate } from './format';

export function FunnelSummary({ kpis, lang }: { kpis: FunnelKpis; lang: Lang }) {
  return (
    <>
      <Statistics>
        <StatisticsItem testId="kpi-mql" label="MQL" number={kpis.mql} />
        <StatisticsItem testId="kpi-sal" label="SAL" number={kpis.sal} />
        <StatisticsItem testId="kpi-sql" label="SQL" number={kpis.sql} />
        <StatisticsItem testId="kpi-opportunities" label={chrome(lang, 'kpi.opportunities')} number={kpis.opportunities} />
        <StatisticsItem testId="kpi-won" label={chrome(lang, 'kpi.won')} number={kpis.won} />
      </Statistics>
      <Statistics>
        <StatisticsItem testId="kpi-mql-to-sql" label={chrome(lang, 'kpi.mqlToSqlRate')} number={formatRate(kpis.mqlToSqlRate)} />
        <StatisticsItem testId="kpi-opportunity-rate" label={chrome(lang, 'kpi.opportunityRate')} number={formatRate(kpis.opportunityRate)} />
        <StatisticsItem testId="kpi-win-rate" label={chrome(lang, 'kpi.winRate')} number={formatRate(kpis.winRate)} />
        <StatisticsItem testId="kpi-sla" label={chrome(lang, 'kpi.slaCompliance', { minutes: kpis.slaMinutes })} number={formatRate(kpis.slaCompliance)} />
        <StatisticsItem
          testId="kpi-median-touch"
          label={chrome(lang, 'kpi.medianMinutes')}
          number={formatMinutes(kpis.medianMinutesToFirstTouch)}
        />
      </Statistics>
    </>
  );
}
