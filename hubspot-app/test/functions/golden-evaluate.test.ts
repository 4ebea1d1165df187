// The golden `evaluate` cases through HubSpot's server side: each case's
// contact (its properties, its primary company, its meetings) is seeded in
// the CRM stand-in, a signed workflow-action delivery reaches the real
// lifecycle endpoint at the case's asOf, the real mapping and the core's
// engine decide, and the contact write must equal the case's `writes`
// exactly, plus the bookkeeping the case does not cover: `ma_evaluated_at`
// when anything is written, and the owner the routing names for an
// assignment. Run again at the same instant, nothing is written.
import { join } from 'node:path';
import type { CrmStandIn } from './crm-stand-in';
import { useCrm } from './harness';
import { golden, seedAgreedProgram, signedDelivery, workflowRequest } from './programs';

/* eslint-disable @typescript-eslint/no-require-imports */
const { handleDelivery } = require(join(__dirname, '..', '..', 'src', 'app', 'functions', 'ma-lifecycle-endpoint.js')) as {
  handleDelivery: (context: unknown, nowMs: number) => Promise<{ statusCode: number; body: any }>;
};

const ROUTING = [
  { kind: 'queue', value: 'MA_Inside_Sales', teamId: '7' },
  { kind: 'queue', value: 'MA_Inside_Sales_Leads', ownerId: '66' },
];

const contactWrites = (crm: CrmStandIn, contactId: string) =>
  crm.requests
    .filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/contacts/batch/update')
    .flatMap((r) => (r.body as { inputs: { id: string; properties: Record<string, string> }[] }).inputs)
    .filter((input) => input.id === contactId)
    .map((input) => input.properties);

const createdTasks = (crm: CrmStandIn) =>
  crm.requests
    .filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/tasks/batch/create')
    .flatMap((r) => (r.body as { inputs: { properties: Record<string, string> }[] }).inputs.map((i) => i.properties));

const cases = golden.evaluate;

it('runs every golden evaluate case, each in HubSpot shape', () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(cases.filter((c) => !c.hubspot).map((c) => c.name)).toEqual([]);
});

describe.each(cases.map((c) => [c.name, c] as const))('golden evaluate case through the lifecycle endpoint: %s', (_name, c) => {
  const env = useCrm();

  it('writes exactly the case’s writes, assigns, creates the task, and writes nothing when run again', async () => {
    const crm = env.crm();
    const hubspot = c.hubspot!;
    seedAgreedProgram(crm, golden.programs[c.program]!, { routing: ROUTING });
    crm.addOwner({ id: '55', email: 'ren@example.com', userId: 102, teams: [{ id: '7', name: 'Inside sales', primary: true }] });
    const company = crm.seed('companies', hubspot.company);
    const contact = crm.seed('contacts', hubspot.properties);
    crm.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
    for (const meeting of hubspot.meetings) {
      crm.associate('contacts', contact.id, 'meetings', crm.seed('meetings', meeting).id, 200);
    }
    const asOf = Date.parse(c.asOf);

    const answer = await handleDelivery(signedDelivery(workflowRequest(contact.id, 'en'), asOf), asOf);
    expect(answer.statusCode).toBe(200);
    expect(answer.body.outputFields).toMatchObject({ hs_execution_state: 'SUCCESS', ma_stage: c.expect.stage, ma_grade: c.expect.score.grade, ma_handoff_status: c.expect.handoff.status });

    const assigned = c.expect.actions.some((a) => a.type === 'assign');
    const reassigned = c.expect.actions.some((a) => a.type === 'reassign');
    const bookkeeping = {
      ...(Object.keys(hubspot.writes).length > 0 ? { ma_evaluated_at: new Date(asOf).toISOString() } : {}),
      ...(assigned ? { hubspot_owner_id: '55' } : {}),
      ...(reassigned ? { hubspot_owner_id: '66' } : {}),
    };
    const writes = contactWrites(crm, contact.id);
    if (Object.keys(hubspot.writes).length === 0 && !assigned && !reassigned) expect(writes).toEqual([]);
    else expect(writes).toEqual([{ ...hubspot.writes, ...bookkeeping }]);

    const dueAts = c.expect.actions.filter((a) => a.type === 'create-task').map((a) => a.dueAt);
    const tasks = createdTasks(crm);
    expect(tasks.map((t) => t.hs_timestamp)).toEqual(dueAts);
    for (const task of tasks) {
      expect(task.hubspot_owner_id).toBe('55');
      expect(task.hs_task_body).toContain(`[ma-lead contact=${contact.id} cycle=${c.expect.changes.mqlAt} action=first-touch]`);
    }
    expect(crm.associatedIds('contacts', contact.id, 'tasks')).toHaveLength(dueAts.length);

    // The same delivery again, at the same instant: the engine answers nothing new.
    const before = crm.requests.length;
    const again = await handleDelivery(signedDelivery(workflowRequest(contact.id, 'en'), asOf), asOf);
    expect(again.body.outputFields.hs_execution_state).toBe('SUCCESS');
    const later = crm.requests.slice(before);
    expect(later.filter((r) => r.path.endsWith('/batch/update') || r.path.endsWith('/tasks/batch/create'))).toEqual([]);
  });
});
