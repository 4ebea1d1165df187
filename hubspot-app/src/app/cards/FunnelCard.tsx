// Funnel KPIs card (company record of a program): MQL count, MQL→SQL, 商談化率,
// 受注率, SLA compliance and SAL rejections, per month and per definition version.
import { Alert, Flex, type CrmContext } from '@hubspot/ui-extensions';
import { chrome } from './chrome';
import { FunnelCharts } from './FunnelCharts';
import { FunnelSummary } from './FunnelSummary';
import { callAppFunction, type CallFunction } from './functions';
import { langOfContext } from './lang';
import { Empty, FetchView } from './StateViews';
import { useFunnelData, type UseFunnelData } from './useFunnelData';

export interface FunnelCardProps {
  context: CrmContext;
  useData?: UseFunnelData;
  call?: CallFunction;
}

export function FunnelCard({ context, useData = useFunnelData, call = callAppFunction }: FunnelCardProps) {
  const lang = langOfContext(context);
  const state = useData({ programCompanyId: String(context.crm.objectId), call, lang });
  return (
    <FetchView
      state={state}
      lang={lang}
      ready={({ kpis, contacts, truncated }) =>
        kpis.mql === 0 ? (
          // Before the first MQL the figures are zero and every rate is undefined ("—"); no charts.
          <Flex direction="column" gap="md">
            <Empty lang={lang} title={chrome(lang, 'kpi.emptyTitle')} />
            <FunnelSummary kpis={kpis} lang={lang} />
          </Flex>
        ) : (
          <Flex direction="column" gap="md">
            {truncated ? (
              <Alert testId="kpi-truncated" title={chrome(lang, 'kpi.truncated', { contacts })} variant="warning" />
            ) : null}
            <FunnelSummary kpis={kpis} lang={lang} />
            <FunnelCharts kpis={kpis} lang={lang} />
          </Flex>
        )
      }
    />
  );
}
