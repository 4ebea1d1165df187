// Lead score card (contact record): the score the server stored and when,
// the stage by the agreed definitions, the handoff clock, the SAL actions the
// core allows now, and why (the core's engine on the contact's data, shown,
// never stored).
import { useState } from 'react';
import { Divider, Flex, type CrmContext } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';
import { callAppFunction, type CallFunction } from './functions';
import { HandoffActions, type HandoffAction } from './HandoffActions';
import { HandoffClock } from './HandoffClock';
import { langOfContext } from './lang';
import { LeadExplain } from './LeadExplain';
import { LeadInputs } from './LeadInputs';
import { LeadScoreSummary } from './LeadScoreSummary';
import { LeadStage } from './LeadStage';
import { leadView } from './leadView';
import { Empty, Failure, FetchView } from './StateViews';
import { useLeadScoreData, type LeadScoreData, type UseLeadScoreData } from './useLeadScoreData';
import { useWrite, type Write } from './useWrite';
import { WriteFeedback } from './WriteFeedback';

export interface LeadScoreCardProps {
  context: CrmContext;
  useData?: UseLeadScoreData;
  call?: CallFunction;
}

interface ReadyProps {
  data: LeadScoreData;
  lang: Lang;
  write: Write;
  reason: string;
  setReason: (reason: string) => void;
  reload: () => void;
}

function LeadScoreReady({ data, lang, write, reason, setReason, reload }: ReadyProps) {
  const view = leadView(data, lang);
  const act = async (action: HandoffAction) => {
    const value = await write.run('ma-handoff-action', {
      contactId: data.contactId,
      action,
      ...(action === 'reject' ? { reason } : {}),
      expectedLastModified: data.lastModified,
      lang,
    });
    if (value !== null) {
      setReason('');
      reload();
    }
  };
  return (
    <Flex direction="column" gap="md">
      {view.problems.length > 0 ? <Failure lang={lang} message={view.problems.join('\n')} /> : null}
      {data.hasModel ? (
        <LeadScoreSummary score={view.score} evaluatedAt={data.evaluatedAt} lang={lang} />
      ) : (
        <Empty lang={lang} title={chrome(lang, 'lead.noModel')} />
      )}
      <LeadStage stage={view.stage} lang={lang} />
      <Divider />
      {view.handoff ? <HandoffClock handoff={view.handoff} lang={lang} /> : null}
      <HandoffActions
        lang={lang}
        options={view.actions}
        reason={reason}
        onReasonChange={setReason}
        onAction={(action) => void act(action)}
        busy={write.status.kind === 'saving'}
      />
      <Divider />
      <LeadExplain view={view} lang={lang} />
      <LeadInputs lead={data.lead} lang={lang} />
    </Flex>
  );
}

export function LeadScoreCard({ context, useData = useLeadScoreData, call = callAppFunction }: LeadScoreCardProps) {
  const lang = langOfContext(context);
  const state = useData({ contactId: String(context.crm.objectId), call, lang });
  const write = useWrite(call);
  const [reason, setReason] = useState('');
  return (
    <FetchView
      state={state}
      lang={lang}
      notFound={<Empty lang={lang} title={chrome(lang, 'lead.noProgram')} />}
      ready={(data, reload) => (
        <Flex direction="column" gap="sm">
          <WriteFeedback
            lang={lang}
            status={write.status}
            onReload={() => {
              write.reset();
              reload();
            }}
          />
          <LeadScoreReady data={data} lang={lang} write={write} reason={reason} setReason={setReason} reload={reload} />
        </Flex>
      )}
    />
  );
}
