import { call, failure, okValue, useCrm } from './harness';

const answers = (checked: number[]) => Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), checked.includes(i + 1)]));

interface TaskRecord {
  taskId: string;
  key: string;
  title: string;
  transition: string;
  owner: string;
  checklistItems: number[];
  acceptance: string[];
  status: string;
  due: string | null;
  lastModified: string;
}
interface Created {
  plan: { tasks: { id: string; due: string; title: string; acceptance: string[] }[]; projectedLevel: number };
  created: TaskRecord[];
  existing: TaskRecord[];
  skippedKeys: string[];
}

describe('plan tasks: ma-create-plan-tasks, ma-list-plan-tasks, ma-update-task', () => {
  const env = useCrm();

  async function companyWithDiagnosis(checked: number[]) {
    const company = env.crm().seed('companies', { name: 'A' });
    okValue(await call('ma-save-diagnosis', { companyId: company.id, input: { answers: answers(checked) }, takenBy: 'x', expectedRevision: 0 }));
    return company.id;
  }

  it('creates the plan as HubSpot tasks associated with the company, then never twice', async () => {
    const companyId = await companyWithDiagnosis([1, 2]);
    const first = okValue(await call<Created>('ma-create-plan-tasks', { companyId, start: '2026-12-01', lang: 'en' }));
    expect(first.plan.tasks.length).toBeGreaterThan(0);
    expect(first.created.map((t) => t.key).sort()).toEqual(first.plan.tasks.map((t) => t.id).sort());
    expect(first.existing).toEqual([]);

    const create = env.crm().requests.find((r) => r.path === '/crm/v3/objects/tasks/batch/create')!;
    const inputs = (create.body as { inputs: { properties: Record<string, string>; associations: unknown[] }[] }).inputs;
    expect(inputs[0]!.associations).toEqual([{ to: { id: companyId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 192 }] }]);
    expect(inputs[0]!.properties).toMatchObject({ hs_task_status: 'NOT_STARTED', hs_task_type: 'TODO', hs_task_priority: 'HIGH' });
    const planTask = first.plan.tasks[0]!;
    const task = first.created.find((t) => t.key === planTask.id)!;
    expect(task).toMatchObject({ title: planTask.title, due: planTask.due, status: 'NOT_STARTED', acceptance: planTask.acceptance });
    expect(env.crm().associatedTasks(companyId)).toHaveLength(first.plan.tasks.length);

    const second = okValue(await call<Created>('ma-create-plan-tasks', { companyId, start: '2026-12-01', lang: 'en' }));
    expect(second.created).toEqual([]);
    expect(second.skippedKeys.sort()).toEqual(first.plan.tasks.map((t) => t.id).sort());
    expect(env.crm().all('tasks')).toHaveLength(first.plan.tasks.length);
  });

  it('previews without writing', async () => {
    const companyId = await companyWithDiagnosis([1]);
    const preview = okValue(await call<Created>('ma-create-plan-tasks', { companyId, start: '2026-12-01', preview: true }));
    expect(preview.created.length).toBe(preview.plan.tasks.length);
    expect(preview.created.every((t) => t.taskId === '')).toBe(true);
    expect(env.crm().all('tasks')).toEqual([]);
  });

  it('lists only the tasks carrying the plan marker, and updates a status when the task is unchanged', async () => {
    const companyId = await companyWithDiagnosis([1, 2]);
    okValue(await call('ma-create-plan-tasks', { companyId, start: '2026-12-01' }));
    const ordinary = env.crm().seed('tasks', { hs_task_subject: 'Call back', hs_task_body: 'ordinary task' });
    env.crm().associateTask(companyId, ordinary.id);
    const listed = okValue(await call<{ tasks: TaskRecord[] }>('ma-list-plan-tasks', { companyId })).tasks;
    expect(listed.length).toBe(env.crm().all('tasks').length - 1);
    expect(listed.map((t) => t.taskId)).not.toContain(ordinary.id);

    const target = listed[0]!;
    const updated = okValue(await call<{ task: TaskRecord }>('ma-update-task', { taskId: target.taskId, status: 'COMPLETED', expectedLastModified: target.lastModified }));
    expect(updated.task.status).toBe('COMPLETED');
    expect(updated.task.lastModified).not.toBe(target.lastModified);
    expect(env.crm().get('tasks', target.taskId)!.properties.hs_task_status).toBe('COMPLETED');

    const stale = failure(await call('ma-update-task', { taskId: target.taskId, status: 'IN_PROGRESS', expectedLastModified: target.lastModified, lang: 'en' }));
    expect(stale.code).toBe('stale');
    expect(stale.field).toBe('expectedLastModified');
    expect(env.crm().get('tasks', target.taskId)!.properties.hs_task_status).toBe('COMPLETED');
  });

  it('refuses to touch a task that is not a plan task, and a status HubSpot does not know', async () => {
    const task = env.crm().seed('tasks', { hs_task_subject: 'Call back', hs_task_body: 'ordinary task', hs_task_status: 'NOT_STARTED' });
    const notOurs = failure(await call('ma-update-task', { taskId: task.id, status: 'COMPLETED', expectedLastModified: task.properties.hs_lastmodifieddate }));
    expect(notOurs).toMatchObject({ code: 'invalid-input', field: 'taskId' });
    const badStatus = failure(await call('ma-update-task', { taskId: task.id, status: 'DONE', expectedLastModified: task.properties.hs_lastmodifieddate }));
    expect(badStatus).toMatchObject({ code: 'invalid-input', field: 'status' });
  });

  it('answers not-found without a saved diagnosis, and names a bad start date', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    expect(failure(await call('ma-create-plan-tasks', { companyId: company.id, start: '2026-12-01' })).code).toBe('not-found');
    expect(failure(await call('ma-create-plan-tasks', { companyId: company.id, start: '12/01/2026' })).field).toBe('start');
  });

  it('reports a batch HubSpot answered in part (207) as crm-error', async () => {
    const companyId = await companyWithDiagnosis([1]);
    env.crm().failNext('POST', /tasks\/batch\/create$/, 207, {
      status: 'COMPLETE',
      results: [],
      numErrors: 1,
      errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: 'hs_timestamp is required', context: {}, links: {} }],
      startedAt: '2026-11-20T00:00:00.000Z',
      completedAt: '2026-11-20T00:00:00.100Z',
    });
    const error = failure(await call('ma-create-plan-tasks', { companyId, start: '2026-12-01', lang: 'en' }));
    expect(error.code).toBe('crm-error');
    expect(error.message).toContain('1 task(s) not created: VALIDATION_ERROR hs_timestamp is required');
  });

  it('maps a failed batch create to crm-error', async () => {
    const companyId = await companyWithDiagnosis([1]);
    env.crm().failNext('POST', /tasks\/batch\/create$/, 400, { status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid' });
    const error = failure(await call('ma-create-plan-tasks', { companyId, start: '2026-12-01', lang: 'en' }));
    expect(error.code).toBe('crm-error');
    expect(error.message).toContain('400 VALIDATION_ERROR');
  });
});
