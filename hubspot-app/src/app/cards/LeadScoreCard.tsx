// Lead score card (contact record): score with its reasons, stage by the
// agreed definitions, the handoff clock, and the SAL actions.
import { useState } from 'react';
import { Button, Divider, Flex, type CrmContext } from '@hubspot/ui-extensions';
import type { Lang } from './core';
import { chrome } from './chrome';
import { callAppFunction, type CallFunction } from './functions';
import { HandoffActions, type HandoffAction } from './HandoffActions';
import { HandoffClock } from './HandoffClock';
import { langOfContext, userName } from './lang';
import { LeadInputs } from './LeadInputs';
import { evaluateLead, ruleLabeller } from './leadEvaluation';
import { LeadContributions, LeadScoreSummary } from './LeadScoreSummary';
import { LeadStage } from './LeadStage';
import { Empty, Failure, FetchView } from './StateViews';
import { useLeadScoreData, type LeadScoreData, type UseLeadScoreData } from './useLeadScoreData';
import { useWrite, type Write } from './useWrite';
import { WriteFeedback } from './WriteFeedback';

export interface LeadScoreCardProps {
  context: CrmContext;
  useData?: UseLeadScoreData;
  call?: CallFunction;
}

/** The agreed set's reject reasons (no agreed set: nothing to reject with). */
function allowedReasons(data: LeadScoreData): string[] {
  return data.definitions ? data.definitions.stages.sal.rejectReasons : [];
}

interface ReadyProps {
  data: LeadScoreData;
  lang: Lang;
  by: string;
  write: Write;
  reason: string;
  setReason: (reason: string) => void;
  reload: () => void;
}

function LeadScoreReady({ data, lang, by, write, reason, setReason, reload }: ReadyProps) {
  const { score, stage, handoff, problems } = evaluateLead(data, lang);
  const act = async (action: HandoffAction) => {
    const value = await write.run('ma-handoff-action', {
      contactId: data.contactId,
      action,
      ...(action === 'reject' ? { reason } : {}),
      by,
      expectedLastModified: data.lastModified,
      lang,
    });
    if (value !== null) {
      setReason('');
      reload();
    }
  };
  const saveScore = async () => {
    if (!score) return;
    const value = await write.run('ma-save-score', {
      contactId: data.contactId,
      total: score.total,
      grade: score.grade,
      mql: score.mql,
      ...(data.definitions ? { definitionVersion: data.definitions.version } : {}),
      expectedLastModified: data.lastModified,
      lang,
    });
    if (value !== null) reload();
  };
  const busy = write.status.kind === 'saving';
  return (
    <Flex direction="column" gap="md">
      {problems.length > 0 ? <Failure lang={lang} message={problems.join('\n')} /> : null}
      {score ? (
        <>
          <LeadScoreSummary score={score} lang={lang} />
          <LeadContributions score={score} lang={lang} label={ruleLabeller(data.model, lang)} />
          <LeadInputs lead={data.lead} lang={lang} />
          <Button testId="score-save" disabled={busy} onClick={() => void saveScore()}>
            {chrome(lang, 'lead.saveScore')}
          </Button>
        </>
      ) : problems.length === 0 ? (
        <Empty lang={lang} title={chrome(lang, 'lead.noModel')} />
      ) : null}
      <Divider />
      <LeadStage stage={stage} lang={lang} />
      <Divider />
      {handoff ? <HandoffClock handoff={handoff} lang={lang} /> : null}
      <HandoffActions
        lang={lang}
        isMql={data.facts.mqlAt !== undefined}
        allowedReasons={allowedReasons(data)}
        reason={reason}
        onReasonChange={setReason}
        onAction={(action) => void act(action)}
        busy={busy}
      />
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
          <LeadScoreReady data={data} lang={lang} by={userName(context)} write={write} reason={reason} setReason={setReason} reload={reload} />
        </Flex>
      )}
    />
  );
}
