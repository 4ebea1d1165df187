// The next step for the set, depending on its state: start from a template
// (none yet), submit the draft, or sign (in review) for a department the
// signed-in user holds — one button per department they may still sign, as
// `ma-current-user` says; there is no picker of who or which department
// beyond that. The comment lives in the card so a stale refusal and reload
// keep it.
import { Alert, Button, Flex, Select, Text, TextArea } from '@hubspot/ui-extensions';
import { DEFINITION_TEMPLATES, localText, t, type DefinitionSet, type Lang, type SigningRole } from './core';
import { chrome } from './chrome';
import type { CurrentUser } from './currentUser';
import type { FetchState } from './fetchState';

export interface DefinitionsDraft {
  templateId: string;
  comment: string;
}

export interface DefinitionsActionsProps {
  lang: Lang;
  set: DefinitionSet | null;
  draft: DefinitionsDraft;
  onDraft: (draft: DefinitionsDraft) => void;
  onCreate: () => void;
  onSubmit: () => void;
  onSign: (role: SigningRole) => void;
  busy: boolean;
  /** Who is signed in and what they may sign (`ma-current-user`). */
  signer: FetchState<CurrentUser>;
}

export function DefinitionsActions({ lang, set, draft, onDraft, onCreate, onSubmit, onSign, busy, signer }: DefinitionsActionsProps) {
  if (!set) {
    return (
      <Flex direction="column" gap="xs">
        <Select
          testId="defs-template"
          name="templateId"
          label={chrome(lang, 'defs.template')}
          value={draft.templateId}
          options={DEFINITION_TEMPLATES.map((tpl) => ({ label: localText(tpl.name, lang), value: tpl.id }))}
          onChange={(value) => onDraft({ ...draft, templateId: String(value) })}
        />
        <Button testId="defs-create" variant="primary" disabled={busy || draft.templateId === ''} onClick={() => onCreate()}>
          {chrome(lang, 'defs.create')}
        </Button>
      </Flex>
    );
  }
  const comment = (
    <TextArea
      testId="defs-comment"
      name="comment"
      label={chrome(lang, 'defs.comment')}
      value={draft.comment}
      onChange={(value) => onDraft({ ...draft, comment: value })}
    />
  );
  if (set.state === 'draft') {
    return (
      <Flex direction="column" gap="xs">
        {comment}
        <Button testId="defs-submit" variant="primary" disabled={busy} onClick={() => onSubmit()}>
          {chrome(lang, 'defs.submit')}
        </Button>
      </Flex>
    );
  }
  if (set.state !== 'in_review') return <Text testId="defs-no-action">{chrome(lang, 'defs.noAction')}</Text>;
  if (signer.status === 'loading') return <Text testId="defs-signer-loading">{chrome(lang, 'state.loading')}</Text>;
  if (signer.status === 'error') {
    return (
      <Alert testId="defs-signer-error" title={chrome(lang, 'defs.identityError')} variant="error">
        {signer.message}
      </Alert>
    );
  }
  const { departments, signable } = signer.data;
  if (departments.length === 0) return <Text testId="defs-no-department">{chrome(lang, 'defs.noDepartment')}</Text>;
  const names = (roles: SigningRole[]) => roles.map((role) => t(lang, `role.${role}`)).join('、');
  return (
    <Flex direction="column" gap="xs">
      <Text testId="defs-you-sign-for">{chrome(lang, 'defs.youSignFor', { departments: names(departments) })}</Text>
      {signable.length === 0 ? (
        <Text testId="defs-all-signed">{chrome(lang, 'defs.allSigned')}</Text>
      ) : (
        <>
          {comment}
          {signable.map((role) => (
            <Button key={role} testId={`defs-sign-as-${role}`} variant="primary" disabled={busy} onClick={() => onSign(role)}>
              {chrome(lang, 'defs.signFor', { department: t(lang, `role.${role}`), version: set.version })}
            </Button>
          ))}
        </>
      )}
    </Flex>
  );
}
