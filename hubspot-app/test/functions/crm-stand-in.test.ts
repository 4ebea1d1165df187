// The stand-in's own additions for the workbench's HubSpot preview: its
// state survives export and import (how the preview persists the portal),
// any two records can be associated, and a search can filter on an
// association as HubSpot's does (`associations.contact EQ <id>`), and a
// user can be added with the id, e-mail and token the preview gives them;
// the preview keeps the history of property values and the real time.
import { CrmStandIn } from './crm-stand-in';

async function search(base: string, token: string, type: string, body: unknown) {
  const response = await fetch(`${base}/crm/v3/objects/${type}/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { total: number; results: { id: string }[] };
}

test('an exported state imported into a new stand-in answers the same, and ids and clock go on from it', async () => {
  const first = new CrmStandIn();
  first.defineProperties('contacts', [{ name: 'ma_score', type: 'number' }]);
  const company = first.seed('companies', { name: 'Acme' });
  const contact = first.seed('contacts', { email: 'a@example.com', ma_score: '70' });
  first.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
  first.associateTask(company.id, first.seed('tasks', { hs_task_subject: 'Plan' }).id);

  const second = new CrmStandIn();
  second.importState(JSON.parse(JSON.stringify(first.exportState())));
  expect(second.get('contacts', contact.id)!.properties).toEqual(contact.properties);
  expect(second.propertyNames('contacts')).toContain('ma_score');
  expect(second.associatedTasks(company.id)).toHaveLength(1);
  const next = second.seed('contacts', { email: 'b@example.com' });
  expect(Number(next.id)).toBeGreaterThan(Number(contact.id));
  expect(next.createdAt > contact.createdAt).toBe(true);
  // The export is a copy: changing the second stand-in leaves the first as it was.
  second.touch('contacts', contact.id, { ma_score: '10' });
  expect(first.get('contacts', contact.id)!.properties.ma_score).toBe('70');
});

test('a search filters on an association, and meetings are served', async () => {
  const crm = new CrmStandIn();
  const base = await crm.start();
  try {
    const contact = crm.seed('contacts', { email: 'a@example.com' });
    const other = crm.seed('contacts', { email: 'b@example.com' });
    const met = crm.seed('meetings', { hs_timestamp: '2026-11-01T00:00:00.000Z', hs_meeting_outcome: 'COMPLETED' });
    crm.seed('meetings', { hs_timestamp: '2026-11-02T00:00:00.000Z' });
    crm.associate('contacts', contact.id, 'meetings', met.id, 200);
    const filter = (id: string) => ({ filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: id }] }], properties: ['hs_timestamp'], limit: 100 });
    const found = await search(base, crm.token, 'meetings', filter(contact.id));
    expect(found.results.map((r) => r.id)).toEqual([met.id]);
    expect((await search(base, crm.token, 'meetings', filter(other.id))).total).toBe(0);
  } finally {
    await crm.stop();
  }
});

test('a user added with its own id, e-mail and token is who that token’s metadata names; a token is one user’s only', async () => {
  const crm = new CrmStandIn();
  const base = await crm.start();
  try {
    const user = crm.addUser('misaki', { userId: 71000002, email: 'marketing@toho-seiki.example', token: 'preview-token-1' });
    const app = crm.addUser('app', { userLevel: false, token: 'preview-app-token' });
    const metadata = async (token: string) => (await fetch(`${base}/oauth/v1/access-tokens/${token}`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(await metadata(user.token)).toMatchObject({ user_id: 71000002, user: 'marketing@toho-seiki.example', signed_access_token: { userId: 71000002, isUserLevel: true } });
    expect(await metadata(app.token)).toMatchObject({ signed_access_token: { isUserLevel: false } });
    expect(() => crm.addUser('other', { token: 'preview-token-1' })).toThrow(/already another user/);
  } finally {
    await crm.stop();
  }
});

test('a property’s history survives export and import (the preview’s signatures live there), and a real clock stamps writes with the time', async () => {
  const first = new CrmStandIn();
  first.defineProperties('companies', [{ name: 'ma_signoff_sales', type: 'string' }]);
  const company = first.seed('companies', { name: 'Acme' });
  first.seedHistory('companies', company.id, 'ma_signoff_sales', [{ value: 'v1', timestamp: '2026-10-01T00:00:00.000Z' }, { value: 'v2', timestamp: '2026-11-01T00:00:00.000Z' }]);
  const second = new CrmStandIn({ realClock: true });
  second.importState(JSON.parse(JSON.stringify(first.exportState())));
  expect(second.historyOf('companies', company.id, 'ma_signoff_sales').map((h) => h.value)).toEqual(['v2', 'v1']);
  const before = Date.now();
  second.touch('companies', company.id, { ma_signoff_sales: 'v3' });
  const [latest] = second.historyOf('companies', company.id, 'ma_signoff_sales');
  expect(latest!.value).toBe('v3');
  expect(Date.parse(latest!.timestamp)).toBeGreaterThanOrEqual(before);
  // The test clock stays the stand-in's own.
  first.touch('companies', company.id, { ma_signoff_sales: 'v3' });
  expect(first.historyOf('companies', company.id, 'ma_signoff_sales')[0]!.timestamp < '2026-11-21').toBe(true);
});

test('a record’s associations of one type are listed by type: a contact’s tasks, not its company; a company’s plan tasks as before', async () => {
  const crm = new CrmStandIn();
  const base = await crm.start();
  try {
    const company = crm.seed('companies', { name: 'Acme' });
    const contact = crm.seed('contacts', { email: 'a@example.com' });
    crm.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
    const task = crm.seed('tasks', { hs_task_subject: 'First touch' });
    crm.associate('tasks', task.id, 'contacts', contact.id, 204);
    const plan = crm.seed('tasks', { hs_task_subject: 'Plan' });
    crm.associateTask(company.id, plan.id);
    const listed = async (from: string, id: string, to: string) =>
      ((await (await fetch(`${base}/crm/v4/objects/${from}/${id}/associations/${to}`, { headers: { authorization: `Bearer ${crm.token}` } })).json()) as { results: { toObjectId: number }[] }).results.map((r) => String(r.toObjectId));
    expect(await listed('contacts', contact.id, 'tasks')).toEqual([task.id]);
    expect(await listed('contacts', contact.id, 'companies')).toEqual([company.id]);
    expect(await listed('companies', company.id, 'tasks')).toEqual([plan.id]);
  } finally {
    await crm.stop();
  }
});
