// The lifecycle endpoint as HubSpot reaches it: only signed deliveries are
// served; a workflow action is answered with output fields; webhook events
// evaluate every contact they name, each under its own program; a program
// with nothing agreed yet evaluates nothing and says why; a burst over the
// rate limit waits and is served.
import { join } from 'node:path';
import { useCrm } from './harness';
import { CLIENT_SECRET, ENDPOINT_URL, golden, seedAgreedProgram, signedDelivery, workflowRequest } from './programs';

/* eslint-disable @typescript-eslint/no-require-imports */
const functions = join(__dirname, '..', '..', 'src', 'app', 'functions');
const { handleDelivery } = require(join(functions, 'ma-lifecycle-endpoint.js')) as {
  handleDelivery: (context: unknown, nowMs: number) => Promise<{ statusCode: number; body: any }>;
};
const { verifySignature } = require(join(functions, 'fn-signature.cjs')) as {
  verifySignature: (request: { method: string; uri: string; body: string; headers: Record<string, string> }, secret: string, nowMs: number) => { ok: boolean; why?: string };
};

const NOW = Date.parse('2026-11-27T00:00:00.000Z');
const hot = { jobtitle: '営業部長', recent_conversion_date: '2026-11-27T00:00:00.000Z' };
const b2b = golden.programs.b2b!;

describe('the lifecycle endpoint', () => {
  const env = useCrm();
  const seedContact = (properties: Record<string, string> = hot) => {
    const crm = env.crm();
    const company = crm.seed('companies', { numberofemployees: '1200', industry: 'manufacturing' });
    const contact = crm.seed('contacts', properties);
    crm.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
    return contact.id;
  };
  const writes = () => env.crm().requests.filter((r) => r.method === 'POST' && r.path.endsWith('/batch/update'));

  it('checks HubSpot signatures as HubSpot documents them (v2 example of the request-validation guide)', () => {
    const request = { method: 'GET', uri: 'https://www.example.com/webhook_uri', body: '', headers: { 'x-hubspot-signature-version': 'v2', 'x-hubspot-signature': 'eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e' } };
    expect(verifySignature(request, 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy', NOW)).toEqual({ ok: true, version: 'v2' });
    expect(verifySignature(request, 'zzzzzzzz-yyyy-yyyy-yyyy-yyyyyyyyyyyy', NOW).ok).toBe(false);
  });

  it('refuses a delivery that is not signed with the client secret, is too old, or lacks its configuration, and touches nothing', async () => {
    seedAgreedProgram(env.crm(), b2b);
    const id = seedContact();
    const body = workflowRequest(id);
    const forged = await handleDelivery(signedDelivery(body, NOW, 'someone-else'), NOW);
    expect(forged.statusCode).toBe(401);
    expect(forged.body.message).toContain('v3 signature does not match');
    const old = await handleDelivery(signedDelivery(body, NOW - 6 * 60 * 1000), NOW);
    expect(old.statusCode).toBe(401);
    expect(old.body.message).toContain('older than five minutes');
    const tampered = { ...signedDelivery(body, NOW), body: JSON.stringify(workflowRequest('1')) };
    expect((await handleDelivery(tampered, NOW)).statusCode).toBe(401);
    const unsigned = { method: 'POST', headers: {}, body: JSON.stringify(body), secrets: { MA_CLIENT_SECRET: CLIENT_SECRET, MA_ENDPOINT_URL: ENDPOINT_URL } };
    expect((await handleDelivery(unsigned, NOW)).body.message).toContain('no HubSpot signature');
    const unconfigured = { ...signedDelivery(body, NOW), secrets: {} };
    expect((await handleDelivery(unconfigured, NOW)).statusCode).toBe(500);
    expect(env.crm().requests).toEqual([]);
  });

  it('answers a workflow action with the stage, score and actions a workflow can branch on', async () => {
    seedAgreedProgram(env.crm(), b2b);
    const id = seedContact();
    const answer = await handleDelivery(signedDelivery(workflowRequest(id), NOW), NOW);
    expect(answer.body.outputFields).toEqual({
      hs_execution_state: 'SUCCESS',
      ma_score: '70',
      ma_grade: 'A',
      ma_stage: 'mql',
      ma_handoff_status: 'on-time',
      ma_actions: 'assign,create-task,notify',
      // No routing and no contact owner: the task is made, nobody is guessed.
      ma_problems: 'assign: no HubSpot owner or team is routed for queue MA_Inside_Sales (settings: routing)',
    });
    expect(env.crm().get('contacts', id)!.properties).toMatchObject({ ma_mql_at: '2026-11-27T00:00:00.000Z', ma_definition_version: '3', ma_assigned_at: '2026-11-27T00:00:00.000Z' });
  });

  it('assigns to the contact owner when the rules name an assignee nobody routed', async () => {
    seedAgreedProgram(env.crm(), b2b);
    const id = seedContact({ ...hot, hubspot_owner_id: '81' });
    const answer = await handleDelivery(signedDelivery(workflowRequest(id), NOW), NOW);
    expect(answer.body.outputFields.ma_problems).toBe('');
    const task = env.crm().all('tasks')[0]!;
    expect(task.properties.hubspot_owner_id).toBe('81');
    expect(env.crm().get('contacts', id)!.properties.hubspot_owner_id).toBe('81');
  });

  it('evaluates nothing and says why while no definition set is agreed', async () => {
    const { definitions } = b2b.program;
    const draft = { ...definitions, state: 'in_review', signatures: [] };
    seedAgreedProgram(env.crm(), { ...b2b, program: { ...b2b.program, definitions: draft as never } });
    const id = seedContact();
    const answer = await handleDelivery(signedDelivery(workflowRequest(id, 'en'), NOW), NOW);
    expect(answer.body.outputFields.hs_execution_state).toBe('FAIL_CONTINUE');
    expect(answer.body.outputFields.ma_problems).toContain('no agreed MQL/SAL/SQL definitions yet');
    expect(writes()).toEqual([]);
  });

  it('evaluates every contact webhook events name, each under its own program, in one batch write per program', async () => {
    const defaultProgram = seedAgreedProgram(env.crm(), b2b);
    const other = seedAgreedProgram(env.crm(), b2b, { isDefault: false });
    const a = seedContact();
    const b = seedContact({ ...hot, ma_program_id: other });
    const lead = seedContact({ jobtitle: '担当' });
    const events = [a, b, lead, a].map((objectId, i) => ({ eventId: i, subscriptionType: 'object.propertyChange', objectTypeId: '0-1', objectId: Number(objectId), propertyName: 'recent_conversion_date', occurredAt: NOW }));
    const answer = await handleDelivery(signedDelivery([...events, { eventId: 9, subscriptionType: 'object.propertyChange', objectTypeId: '0-2', objectId: 5 }], NOW), NOW);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toMatchObject({ evaluated: 3, written: 3, missing: [] });
    expect(writes()).toHaveLength(2);
    expect(env.crm().get('contacts', a)!.properties.ma_mql_at).toBe('2026-11-27T00:00:00.000Z');
    expect(env.crm().get('contacts', b)!.properties.ma_mql_at).toBe('2026-11-27T00:00:00.000Z');
    expect(env.crm().get('contacts', lead)!.properties.ma_mql_at).toBeUndefined();
    expect(env.crm().get('contacts', lead)!.properties.ma_score).toBe('35');
    expect(defaultProgram).not.toBe(other);
  });

  it('answers a refused contact write as a failure, and the delivery HubSpot repeats makes no second task', async () => {
    seedAgreedProgram(env.crm(), b2b);
    const id = seedContact({ ...hot, hubspot_owner_id: '81' });
    env.crm().failNext('POST', /\/contacts\/batch\/update$/, 500, { status: 'error', category: 'INTERNAL_ERROR', message: 'try again' });
    const first = await handleDelivery(signedDelivery(workflowRequest(id), NOW), NOW);
    expect(first.statusCode).toBe(500);
    expect(first.body.message).toContain('write refused');
    expect(env.crm().get('contacts', id)!.properties.ma_mql_at).toBeUndefined();
    expect(env.crm().all('tasks')).toHaveLength(1);
    const again = await handleDelivery(signedDelivery(workflowRequest(id), NOW), NOW);
    expect(again.body.outputFields.hs_execution_state).toBe('SUCCESS');
    expect(env.crm().get('contacts', id)!.properties.ma_mql_at).toBe('2026-11-27T00:00:00.000Z');
    expect(env.crm().all('tasks')).toHaveLength(1);
  });

  it('waits out a burst over the rate limit and is served', async () => {
    const saved = process.env.MA_RETRY_BASE_MS;
    process.env.MA_RETRY_BASE_MS = '20';
    try {
      seedAgreedProgram(env.crm(), b2b);
      const id = seedContact();
      const limit = env.crm().throttle('POST', /\/batch\/read$/, 1, 150);
      const answer = await handleDelivery(signedDelivery(workflowRequest(id), NOW), NOW);
      expect(answer.body.outputFields.hs_execution_state).toBe('SUCCESS');
      expect(limit.refused()).toBeGreaterThan(0);
      expect(env.crm().get('contacts', id)!.properties.ma_mql_at).toBe('2026-11-27T00:00:00.000Z');
    } finally {
      process.env.MA_RETRY_BASE_MS = saved;
    }
  });
});
