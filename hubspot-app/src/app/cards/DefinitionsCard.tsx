// Definitions card (company record): the current MQL/SAL/SQL set, its version
// and state, the change from the version before, and sign-off per department.
// Who signs is who HubSpot says is signed in: the card sends no name and no
// identity, only which of the user's departments signs.
import { useMemo, useState } from 'react';
import { Divider, Flex, type CrmContext } from '@hubspot/ui-extensions';
import { DEFINITION_TEMPLATES, type Lang, type SigningRole } from './core';
import { chrome } from './chrome';
import { DefinitionsActions, type DefinitionsDraft } from './DefinitionsActions';
import { DefinitionsDiff } from './DefinitionsDiff';
import { DefinitionsEdit, type DefinitionEdits } from './DefinitionsEdit';
import { editedStages } from './definitionEdits';
import { DefinitionsOverview } from './DefinitionsOverview';
import { DefinitionsSignOff } from './DefinitionsSignOff';
import { parseCurrentUser } from './currentUser';
import { callAppFunction, type CallFunction } from './functions';
import { langOfContext } from './lang';
import { Empty, FetchView } from './StateViews';
import { useDefinitionsData, type DefinitionsData, type UseDefinitionsData } from './useDefinitionsData';
import { useFunctionRead } from './useFunctionRead';
import { useWrite } from './useWrite';
import { WriteFeedback } from './WriteFeedback';

export interface DefinitionsCardProps {
  context: CrmContext;
  useData?: UseDefinitionsData;
  call?: CallFunction;
}

const FIRST_DRAFT: DefinitionsDraft = { templateId: DEFINITION_TEMPLATES[0]?.id ?? '', comment: '' };

export function DefinitionsCard({ context, useData = useDefinitionsData, call = callAppFunction }: DefinitionsCardProps) {
  const lang: Lang = langOfContext(context);
  const companyId = String(context.crm.objectId);
  const state = useData({ companyId, call, lang });
  const signerParameters = useMemo(() => ({ companyId, lang }), [companyId, lang]);
  const signer = useFunctionRead(call, 'ma-current-user', signerParameters, parseCurrentUser);
  const write = useWrite(call);
  const [draft, setDraft] = useState<DefinitionsDraft>(FIRST_DRAFT);
  const [edits, setEdits] = useState<DefinitionEdits>({});
  // What the user may still sign changes with every write and every reload.
  const reloadAll = (reload: () => void) => {
    reload();
    if (signer.status !== 'loading') (signer.status === 'ready' ? signer.reload : signer.retry)?.();
  };

  const saveEdits = async (data: DefinitionsData, reload: () => void) => {
    if (!data.current) return;
    const value = await write.run('ma-save-definitions', {
      companyId: data.companyId,
      stages: editedStages(data.current.stages, edits),
      expectedRevision: data.revision,
      lang,
    });
    if (value !== null) {
      setEdits({});
      reloadAll(reload);
    }
  };

  const send = async (data: DefinitionsData, reload: () => void, role?: SigningRole) => {
    const common = { companyId: data.companyId, expectedRevision: data.revision, lang };
    const comment = draft.comment.trim() ? { comment: draft.comment.trim() } : {};
    const value = !data.current
      ? await write.run('ma-save-definitions', { ...common, templateId: draft.templateId })
      : data.current.state === 'draft'
        ? await write.run('ma-submit-definitions', { ...common, ...comment, version: data.current.version })
        : // A signature binds to the version read; the signer is the signed-in user.
          await write.run('ma-sign-definitions', { companyId: data.companyId, lang, ...comment, role, version: data.current.version });
    if (value !== null) {
      setDraft({ ...draft, comment: '' });
      reloadAll(reload);
    }
  };

  return (
    <FetchView
      state={state}
      lang={lang}
      ready={(data, reload) => (
        <Flex direction="column" gap="md">
          <WriteFeedback
            lang={lang}
            status={write.status}
            onReload={() => {
              write.reset();
              reloadAll(reload);
            }}
          />
          {data.current ? (
            <>
              <DefinitionsOverview set={data.current} lang={lang} />
              <DefinitionsDiff set={data.current} previous={data.previous} programModel={data.programModel} lang={lang} />
              <DefinitionsSignOff set={data.current} lang={lang} />
            </>
          ) : (
            <Empty lang={lang} title={chrome(lang, 'defs.emptyTitle')} />
          )}
          <Divider />
          <DefinitionsActions
            lang={lang}
            set={data.current}
            draft={draft}
            onDraft={setDraft}
            onCreate={() => void send(data, reload)}
            onSubmit={() => void send(data, reload)}
            onSign={(role) => void send(data, reload, role)}
            busy={write.status.kind === 'saving'}
            signer={signer}
          />
          {data.current ? (
            <DefinitionsEdit
              lang={lang}
              set={data.current}
              edits={edits}
              onEdits={setEdits}
              onSave={() => void saveEdits(data, reload)}
              busy={write.status.kind === 'saving'}
            />
          ) : null}
        </Flex>
      )}
    />
  );
}
