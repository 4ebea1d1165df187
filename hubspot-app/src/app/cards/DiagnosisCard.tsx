// Diagnosis card (company record tab): the stored diagnosis explained, its
// history, answers per department, and the form that saves a new one.
import { useState } from 'react';
import { Divider, Flex, type CrmContext } from '@hubspot/ui-extensions';
import { describeIssues, diagnose, type Lang, type Role } from './core';
import { chrome } from './chrome';
import { DiagnosisBenchmark } from './DiagnosisBenchmark';
import { DiagnosisFindings } from './DiagnosisFindings';
import { completeAnswers, DiagnosisForm, type DiagnosisDraft } from './DiagnosisForm';
import { DiagnosisHistory } from './DiagnosisHistory';
import { DiagnosisProfile } from './DiagnosisProfile';
import { DiagnosisRoles } from './DiagnosisRoles';
import { DiagnosisSummary } from './DiagnosisSummary';
import { callAppFunction, type CallFunction } from './functions';
import { langOfContext, userName } from './lang';
import { Empty, Failure, FetchView } from './StateViews';
import { useDiagnosisData, type DiagnosisData, type UseDiagnosisData } from './useDiagnosisData';
import { useWrite } from './useWrite';
import { WriteFeedback } from './WriteFeedback';

export interface DiagnosisCardProps {
  context: CrmContext;
  useData?: UseDiagnosisData;
  call?: CallFunction;
}

/** The answers a role starts from: its own last answers, else the last consensus. */
function startingAnswers(data: DiagnosisData, role: Role): Record<string, boolean> {
  const latest = data.records[data.records.length - 1];
  if (!latest) return {};
  return latest.respondents?.find((r) => r.role === role)?.answers ?? latest.answers;
}

function DiagnosisResult({ data, lang }: { data: DiagnosisData; lang: Lang }) {
  if (data.records.length === 0) {
    return <Empty lang={lang} title={chrome(lang, 'diag.emptyTitle')} />;
  }
  const result = diagnose(data.input, { asOf: data.asOf, lang });
  if (!result.ok) return <Failure lang={lang} message={describeIssues(result.issues)} />;
  return (
    <Flex direction="column" gap="md">
      <DiagnosisSummary diagnosis={result.value} lang={lang} />
      <DiagnosisProfile diagnosis={result.value} lang={lang} />
      <DiagnosisFindings diagnosis={result.value} lang={lang} />
      <DiagnosisBenchmark diagnosis={result.value} lang={lang} />
      <DiagnosisHistory diagnosis={result.value} lang={lang} />
      <DiagnosisRoles diagnosis={result.value} lang={lang} />
    </Flex>
  );
}

export function DiagnosisCard({ context, useData = useDiagnosisData, call = callAppFunction }: DiagnosisCardProps) {
  const lang = langOfContext(context);
  const state = useData({ companyId: String(context.crm.objectId), call, lang });
  const write = useWrite(call);
  // The draft sits above the data so a reload (after a stale refusal) keeps it.
  const [draft, setDraft] = useState<DiagnosisDraft | null>(null);

  const save = async (data: DiagnosisData, current: DiagnosisDraft, reload: () => void) => {
    const answers = completeAnswers(current.answers);
    const others = (data.records[data.records.length - 1]?.respondents ?? []).filter((r) => r.role !== current.role);
    const value = await write.run('ma-save-diagnosis', {
      companyId: data.companyId,
      input: { respondents: [...others, { role: current.role, name: userName(context), answers }] },
      // Who took it is the function's to say (the token's user), not the card's.
      expectedRevision: data.revision,
      lang,
    });
    if (value !== null) {
      setDraft(null);
      reload();
    }
  };

  return (
    <FetchView
      state={state}
      lang={lang}
      ready={(data, reload) => {
        const current = draft ?? { role: 'marketing', answers: startingAnswers(data, 'marketing') };
        return (
          <Flex direction="column" gap="md">
            <WriteFeedback
              lang={lang}
              status={write.status}
              onReload={() => {
                write.reset();
                reload();
              }}
            />
            <DiagnosisResult data={data} lang={lang} />
            <Divider />
            <DiagnosisForm
              lang={lang}
              draft={current}
              onChange={setDraft}
              onRoleChange={(role) => setDraft({ role, answers: draft && draft.role === role ? draft.answers : startingAnswers(data, role) })}
              onSave={() => void save(data, current, reload)}
              saving={write.status.kind === 'saving'}
            />
          </Flex>
        );
      }}
    />
  );
}
