import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, ProgressBar, Select, TableCell, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { buildPlanFromDiagnosis, diagnose } from '@ma-maturity/shared-core';
import { PlanCard } from '../../src/app/cards/PlanCard';
import type { PlanTaskRecord } from '../../src/app/cards/planTasks';
import { toDiagnosisInput } from '../../src/app/cards/useDiagnosisData';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale } from './helpers';
import { EARLIER, LATEST, programView } from './fixtures';

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale) };
}

/** The plan the card builds for the fixture company (level 2), as the core makes it. */
function expectedPlan() {
  const diagnosis = diagnose(toDiagnosisInput([EARLIER, LATEST]), { asOf: '2026-11-27', lang: 'en' });
  if (!diagnosis.ok) throw new Error('fixture does not diagnose');
  const plan = buildPlanFromDiagnosis(diagnosis.value, { start: '2026-11-27', lang: 'en' });
  if (!plan.ok) throw new Error('fixture does not plan');
  return plan.value;
}

function taskRecord(key: string, status: PlanTaskRecord['status']): PlanTaskRecord {
  const task = expectedPlan().tasks.find((t) => t.id === key)!;
  return {
    taskId: `task-${key}`,
    key,
    title: task.title,
    transition: task.transition,
    owner: task.owner,
    checklistItems: task.checklistItems,
    acceptance: task.acceptance,
    status,
    due: '2026-12-15',
    lastModified: '2026-11-20T10:00:00.000Z',
  };
}

describe('Plan card', () => {
  it('shows a spinner while loading', () => {
    const { render, findByTestId, context } = setup();
    render(<PlanCard context={context} useData={fixedHook({ status: 'loading' })} />);
    expect(findByTestId(LoadingSpinner, 'state-loading')).toBeTruthy();
  });

  it('shows the error when the tasks cannot be listed', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({
      'ma-load-program': ok(programView()),
      'ma-list-plan-tasks': { ok: false, error: { code: 'crm-error', message: '403 MISSING_SCOPES crm.objects.contacts.read' } },
    });
    render(<PlanCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('403 MISSING_SCOPES'));
  });

  it('asks for a diagnosis first when none is stored', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': ok(programView({ diagnoses: [] })), 'ma-list-plan-tasks': ok({ tasks: [] }) });
    render(<PlanCard context={context} call={call} />);
    await waitFor(() => expect(findByTestId(EmptyState, 'state-empty').props.title).toBe('No diagnosis yet'));
  });

  it('joins the plan to the HubSpot tasks and shows progress', async () => {
    const plan = expectedPlan();
    const first = plan.tasks[0]!;
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': ok(programView()), 'ma-list-plan-tasks': ok({ tasks: [taskRecord(first.id, 'COMPLETED')] }) });
    render(<PlanCard context={context} call={call} />);
    await waitFor(() => findByTestId(ProgressBar, 'plan-progress'));
    expect(findByTestId(Select, `plan-status-${first.id}`).props.value).toBe('COMPLETED');
    const second = plan.tasks[1]!;
    expect(allText(findByTestId(TableCell, `plan-row-${second.id}`))).toContain('Not created');
    expect(findByTestId(ProgressBar, 'plan-progress').props.value).toBe(Math.round(100 / plan.tasks.length));
    expect(findByTestId(Text, 'plan-missing').text).toBe(`Plan tasks not yet in HubSpot: ${plan.tasks.length - 1}`);
    expect(findByTestId(Text, 'plan-projected').text).toContain('Level 2');
  });

  it('previews, then creates the missing tasks (the function skips existing keys)', async () => {
    const plan = expectedPlan();
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({
      'ma-load-program': ok(programView()),
      'ma-list-plan-tasks': ok({ tasks: [] }),
      'ma-create-plan-tasks': (p) =>
        ok({ plan, created: p.preview ? plan.tasks.map((t) => ({ title: t.title, taskId: '' })) : [], existing: [], skippedKeys: [] }),
    });
    render(<PlanCard context={context} call={call} />);
    await waitFor(() => findByTestId(Button, 'plan-preview-button'));
    findByTestId(Button, 'plan-preview-button').trigger('onClick');
    await waitFor(() => expect(findByTestId(Alert, 'plan-preview').props.title).toBe(`Tasks to be created: ${plan.tasks.length} (already there, skipped: 0)`));
    const preview = calls.find((c) => c.name === 'ma-create-plan-tasks')!;
    expect(preview.parameters).toEqual({ companyId: '501', start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), lang: 'en', preview: true });
    findByTestId(Button, 'plan-create').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-create-plan-tasks')).toHaveLength(2));
    expect(calls.filter((c) => c.name === 'ma-create-plan-tasks')[1]!.parameters).not.toHaveProperty('preview');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-list-plan-tasks')).toHaveLength(2));
  });

  it('changes a task status with the last-modified date it read, and refuses a stale one', async () => {
    const first = expectedPlan().tasks[0]!;
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({
      'ma-load-program': ok(programView()),
      'ma-list-plan-tasks': ok({ tasks: [taskRecord(first.id, 'NOT_STARTED')] }),
      'ma-update-task': stale('タスクは読み込み後に更新されています'),
    });
    render(<PlanCard context={context} call={call} />);
    await waitFor(() => findByTestId(Select, `plan-status-${first.id}`));
    fire(findByTestId(Select, `plan-status-${first.id}`), 'onChange', 'IN_PROGRESS');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('タスクは読み込み後に更新されています'));
    expect(calls.find((c) => c.name === 'ma-update-task')!.parameters).toEqual({
      taskId: `task-${first.id}`,
      status: 'IN_PROGRESS',
      expectedLastModified: '2026-11-20T10:00:00.000Z',
      lang: 'ja',
    });
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-list-plan-tasks')).toHaveLength(2));
    // The chosen status is kept over the reload, ready to be saved again.
    await waitFor(() => expect(findByTestId(Select, `plan-status-${first.id}`).props.value).toBe('IN_PROGRESS'));
  });
});
