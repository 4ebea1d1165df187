// The next step for the set, depending on its state: start from a template
// (none yet), submit the draft, or sign as one department (in review). Role
// and comment live in the card so a stale refusal and reload keep them.
import { Button, Flex, Select, Text, TextArea } from '@hubspot/ui-extensions';
import { DEFINITION_TEMPLATES, SIGNING_ROLES, localText, signOffStatus, t, type DefinitionSet, type Lang, type SigningRole } from './core';
import { chrome } from './chrome';

export interface DefinitionsDraft {
  templateId: string;
  role: SigningRole;
  comment: string;
}

export interface DefinitionsActionsProps {
  lang: Lang;
  set: DefinitionSet | null;
  draft: DefinitionsDraft;
  onDraft: (draft: DefinitionsDraft) => void;
  onCreate: () => void;
  onSubmit: () => void;
  onSign: () => void;
  busy: boolean;
}

export function DefinitionsActions({ lang, set, draft, onDraft, onCreate, onSubmit, onSign, busy }: DefinitionsActionsProps) {
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
  const { missing } = signOffStatus(set);
  return (
    <Flex direction="column" gap="xs">
      <Select
        testId="defs-role"
        name="role"
        label={chrome(lang, 'defs.signAs')}
        value={draft.role}
        options={SIGNING_ROLES.map((role) => ({ label: t(lang, `role.${role}`), value: role }))}
        onChange={(value) => onDraft({ ...draft, role: value as SigningRole })}
      />
      {comment}
      <Button testId="defs-sign" variant="primary" disabled={busy || !missing.includes(draft.role)} onClick={() => onSign()}>
        {chrome(lang, 'defs.sign', { version: set.version })}
      </Button>
    </Flex>
  );
}
