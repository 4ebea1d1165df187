// The handoff rules' mechanics (ProgramDoc.handoffRules) and who their
// assignees are in HubSpot (ProgramDoc.routing), saved together through
// ma-save-program and checked by the core's schema as they change.
import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Input, NumberInput, Select, Text } from '@hubspot/ui-extensions';
import { ASSIGNEE_KINDS, ESCALATION_ACTIONS, HANDOFF_METHODS, HandoffRulesSchema, t, type HandoffRules } from './core';
import { SaveFeedback } from './SaveFeedback';
import { text } from './texts';
import type { Route, SectionProps } from './useSettingsData';
import { useSave } from './useSave';

type Assignee = HandoffRules['assignee'];

function AssigneeInput({ id, label, value, onChange, readOnly }: { id: string; label: string; value: Assignee | undefined; onChange: (a: Assignee | undefined) => void; readOnly: boolean }) {
  return (
    <Flex direction="row" gap="sm" align="end">
      <Select
        testId={`${id}-kind`}
        name={`${id}-kind`}
        label={label}
        value={value?.kind ?? ''}
        readOnly={readOnly}
        options={ASSIGNEE_KINDS.map((kind) => ({ value: kind, label: kind }))}
        onChange={(kind) => onChange({ kind: kind as Assignee['kind'], value: value?.value ?? '' })}
      />
      <Input
        testId={`${id}-value`}
        name={`${id}-value`}
        label={`${label}: value`}
        value={value?.value ?? ''}
        readOnly={readOnly}
        onChange={(v) => onChange(String(v).trim() === '' && id === 'fallback' ? undefined : { kind: value?.kind ?? 'queue', value: String(v).trim() })}
      />
    </Flex>
  );
}

export function HandoffSection({ program, admin, lang, call, reload }: SectionProps) {
  const [rules, setRules] = useState<HandoffRules>(program.handoffRules);
  const [routing, setRouting] = useState<Route[]>(program.routing);
  const { status, save, busy } = useSave(call);
  const checked = HandoffRulesSchema.safeParse(rules);
  const assignees = [rules.assignee, ...(rules.fallback ? [rules.fallback] : [])].filter((a) => a.value !== '');
  const routeOf = (a: Assignee) => routing.find((r) => r.kind === a.kind && r.value === a.value);
  const setRoute = (a: Assignee, change: { ownerId?: string; teamId?: string }) => {
    const rest = routing.filter((r) => !(r.kind === a.kind && r.value === a.value));
    const id = change.ownerId ?? change.teamId ?? '';
    setRouting(id === '' ? rest : [...rest, { kind: a.kind, value: a.value, ...change }]);
  };
  const submit = async () => {
    // Only the assignees the rules name are routed.
    const used = routing.filter((r) => assignees.some((a) => a.kind === r.kind && a.value === r.value));
    const value = await save('ma-save-program', { companyId: program.companyId, program: { handoffRules: rules, routing: used }, expectedRevision: program.revision, lang });
    if (value !== null) reload();
  };
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'handoff.intro')}</Text>
      <SaveFeedback status={status} lang={lang} onReload={reload} testId="handoff" />
      <AssigneeInput id="assignee" label={text(lang, 'handoff.assignee')} value={rules.assignee} readOnly={!admin} onChange={(a) => a && setRules({ ...rules, assignee: a })} />
      <AssigneeInput
        id="fallback"
        label={text(lang, 'handoff.fallback')}
        value={rules.fallback}
        readOnly={!admin}
        onChange={(a) => {
          const { fallback: _old, ...rest } = rules;
          setRules(a ? { ...rest, fallback: a } : rest);
        }}
      />
      <NumberInput
        testId="handoff-sla"
        name="sla"
        label={text(lang, 'handoff.sla')}
        value={rules.firstTouchSlaMinutes}
        min={1}
        readOnly={!admin}
        onChange={(v) => setRules({ ...rules, firstTouchSlaMinutes: Number(v) })}
      />
      <Text format={{ fontWeight: 'demibold' }}>{text(lang, 'handoff.methods')}</Text>
      <Flex direction="row" gap="md">
        {HANDOFF_METHODS.map((method) => (
          <Checkbox
            key={method}
            testId={`handoff-method-${method}`}
            name={`method-${method}`}
            checked={rules.methods.includes(method)}
            readOnly={!admin}
            onChange={(on) => setRules({ ...rules, methods: HANDOFF_METHODS.filter((m) => (m === method ? on : rules.methods.includes(m))) })}
          >
            {method}
          </Checkbox>
        ))}
      </Flex>
      {rules.escalation.map((step, i) => (
        <Flex key={i} direction="row" gap="sm" align="end">
          <NumberInput
            testId={`handoff-step-${i}-minutes`}
            name={`step-${i}-minutes`}
            label={text(lang, 'handoff.step', { n: i + 1 })}
            value={step.afterMinutes}
            min={0}
            readOnly={!admin}
            onChange={(v) => setRules({ ...rules, escalation: rules.escalation.map((s, j) => (j === i ? { ...s, afterMinutes: Number(v) } : s)) })}
          />
          <Select
            testId={`handoff-step-${i}-action`}
            name={`step-${i}-action`}
            label={text(lang, 'handoff.step', { n: i + 1 })}
            value={step.action}
            readOnly={!admin}
            options={ESCALATION_ACTIONS.map((action) => ({ value: action, label: t(lang, `lifecycle.action.${action}`) }))}
            onChange={(v) => setRules({ ...rules, escalation: rules.escalation.map((s, j) => (j === i ? { ...s, action: v as typeof s.action } : s)) })}
          />
        </Flex>
      ))}
      <NumberInput
        testId="handoff-recycle-days"
        name="recycleDays"
        label={text(lang, 'handoff.recycleDays')}
        value={rules.recycle.afterDays}
        min={1}
        readOnly={!admin}
        onChange={(v) => setRules({ ...rules, recycle: { ...rules.recycle, afterDays: Number(v) } })}
      />
      <Text format={{ fontWeight: 'demibold' }}>{text(lang, 'handoff.routing')}</Text>
      {assignees.map((a) => (
        <Flex key={`${a.kind}:${a.value}`} direction="row" gap="sm" align="end">
          <Text>{`${a.kind} ${a.value}`}</Text>
          <Input
            testId={`route-${a.value}-owner`}
            name={`route-${a.value}-owner`}
            label={text(lang, 'handoff.routeOwner')}
            value={routeOf(a)?.ownerId ?? ''}
            readOnly={!admin}
            onChange={(v) => setRoute(a, { ownerId: String(v).trim() })}
          />
          <Input
            testId={`route-${a.value}-team`}
            name={`route-${a.value}-team`}
            label={text(lang, 'handoff.routeTeam')}
            value={routeOf(a)?.teamId ?? ''}
            readOnly={!admin}
            onChange={(v) => setRoute(a, { teamId: String(v).trim() })}
          />
        </Flex>
      ))}
      {!checked.success ? (
        <Alert testId="handoff-issues" title={text(lang, 'save.failed')} variant="error">
          <Text>{checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}</Text>
        </Alert>
      ) : null}
      {admin ? (
        <Button testId="handoff-save" variant="primary" disabled={busy || !checked.success} onClick={() => void submit()}>
          {busy ? text(lang, 'save.saving') : text(lang, 'handoff.save')}
        </Button>
      ) : null}
    </Flex>
  );
}
