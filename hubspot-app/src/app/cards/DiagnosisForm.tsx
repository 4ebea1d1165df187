// The 15 checklist items as checkboxes, answered as one department. The draft
// lives in the card (not here), so a reload after a stale refusal keeps it.
import { Button, Checkbox, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import { CATEGORIES, CHECKLIST, ROLES, categoryLabel, itemLabel, t, type Lang, type Role } from './core';
import { chrome } from './chrome';

export interface DiagnosisDraft {
  role: Role;
  answers: Record<string, boolean>;
}

export interface DiagnosisFormProps {
  lang: Lang;
  draft: DiagnosisDraft;
  onChange: (draft: DiagnosisDraft) => void;
  onRoleChange: (role: Role) => void;
  onSave: () => void;
  saving: boolean;
}

export function DiagnosisForm({ lang, draft, onChange, onRoleChange, onSave, saving }: DiagnosisFormProps) {
  const checked = CHECKLIST.filter((item) => draft.answers[String(item.number)] === true).length;
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.answer')}</Heading>
      <Select
        testId="diag-role"
        name="role"
        label={chrome(lang, 'diag.answerAs')}
        placeholder={chrome(lang, 'diag.rolePlaceholder')}
        value={draft.role}
        options={ROLES.map((role) => ({ label: t(lang, `role.${role}`), value: role }))}
        onChange={(value) => onRoleChange(value as Role)}
      />
      {CATEGORIES.map((category) => (
        <Flex key={category} direction="column" gap="flush">
          <Text format={{ fontWeight: 'demibold' }}>{categoryLabel(lang, category)}</Text>
          {CHECKLIST.filter((item) => item.category === category).map((item) => (
            <Checkbox
              key={item.number}
              testId={`diag-answer-${item.number}`}
              name={`item-${item.number}`}
              checked={draft.answers[String(item.number)] === true}
              onChange={(value) => onChange({ ...draft, answers: { ...draft.answers, [String(item.number)]: value } })}
            >
              {`${item.number}. ${itemLabel(lang, item.number)}`}
            </Checkbox>
          ))}
        </Flex>
      ))}
      <Text testId="diag-draft-count">{chrome(lang, 'diag.draftCount', { count: checked })}</Text>
      <Button testId="diag-save" variant="primary" disabled={saving} onClick={() => onSave()}>
        {saving ? chrome(lang, 'action.saving') : chrome(lang, 'diag.save')}
      </Button>
    </Flex>
  );
}

/** Every item answered: unchecked means "no", so the stored diagnosis has no holes. */
export function completeAnswers(answers: Record<string, boolean>): Record<string, boolean> {
  return Object.fromEntries(CHECKLIST.map((item) => [String(item.number), answers[String(item.number)] === true]));
}
