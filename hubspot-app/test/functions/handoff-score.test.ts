import { call, failure, okValue, useCrm } from './harness';

interface ContactAnswer {
  contactId: string;
  properties: Record<string, string | null>;
  lastModified: string;
}

describe('the handoff and the score on a contact: ma-handoff-action, ma-save-score', () => {
  const env = useCrm();
  const mql = (extra: Record<string, string> = {}) => env.crm().seed('contacts', { email: 'a@example.jp', ma_mql_at: '2026-11-19T01:00:00.000Z', ...extra });

  it('accepts an MQL: SAL and first touch set, the answer carries the new modification time', async () => {
    const contact = mql();
    const answer = okValue(await call<ContactAnswer>('ma-handoff-action', { contactId: contact.id, action: 'accept', by: 'IS 田中', expectedLastModified: contact.properties.hs_lastmodifieddate }));
    expect(answer.properties.ma_sal_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(answer.properties.ma_first_touch_at).toBe(answer.properties.ma_sal_at);
    expect(answer.lastModified).toBe(env.crm().get('contacts', contact.id)!.properties.hs_lastmodifieddate);
    const patch = env.crm().requests.find((r) => r.method === 'PATCH')!;
    expect(patch.path).toBe(`/crm/v3/objects/contacts/${contact.id}`);
    expect(Object.keys((patch.body as { properties: object }).properties).sort()).toEqual(['ma_first_touch_at', 'ma_sal_at']);

    const again = failure(await call('ma-handoff-action', { contactId: contact.id, action: 'reject', reason: 'duplicate', by: 'x', expectedLastModified: answer.lastModified }));
    expect(again).toMatchObject({ code: 'invalid-input', field: 'action' });
  });

  it('rejects only with a known reason, keeps an earlier first touch, and may then recycle', async () => {
    const contact = mql({ ma_first_touch_at: '2026-11-19T01:20:00.000Z' });
    const noReason = failure(await call('ma-handoff-action', { contactId: contact.id, action: 'reject', by: 'x', expectedLastModified: contact.properties.hs_lastmodifieddate, lang: 'en' }));
    expect(noReason).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(noReason.message).toContain('duplicate');
    const rejected = okValue(await call<ContactAnswer>('ma-handoff-action', { contactId: contact.id, action: 'reject', reason: 'no-need', by: 'x', expectedLastModified: contact.properties.hs_lastmodifieddate }));
    expect(rejected.properties).toMatchObject({ ma_reject_reason: 'no-need', ma_first_touch_at: '2026-11-19T01:20:00.000Z' });
    const recycled = okValue(await call<ContactAnswer>('ma-handoff-action', { contactId: contact.id, action: 'recycle', by: 'x', expectedLastModified: rejected.lastModified }));
    expect(recycled.properties.ma_recycled_at).not.toBeNull();
  });

  it('refuses a stale action and a contact that is not an MQL', async () => {
    const contact = mql();
    const read = contact.properties.hs_lastmodifieddate!;
    env.crm().touch('contacts', contact.id, { firstname: '花子' });
    const stale = failure(await call('ma-handoff-action', { contactId: contact.id, action: 'accept', by: 'x', expectedLastModified: read }));
    expect(stale).toMatchObject({ code: 'stale', field: 'expectedLastModified' });
    expect(env.crm().get('contacts', contact.id)!.properties.ma_sal_at).toBeUndefined();

    const lead = env.crm().seed('contacts', { email: 'b@example.jp' });
    const notMql = failure(await call('ma-handoff-action', { contactId: lead.id, action: 'accept', by: 'x', expectedLastModified: lead.properties.hs_lastmodifieddate }));
    expect(notMql).toMatchObject({ code: 'invalid-input', field: 'contactId' });
    const badTime = failure(await call('ma-handoff-action', { contactId: lead.id, action: 'accept', by: 'x', expectedLastModified: 'yesterday' }));
    expect(badTime.field).toBe('expectedLastModified');
  });

  it('saves a score, and the first MQL score starts the clock with the definition version', async () => {
    const lead = env.crm().seed('contacts', { email: 'c@example.jp' });
    const below = okValue(await call<ContactAnswer>('ma-save-score', { contactId: lead.id, total: 42.25, grade: 'B', mql: false, expectedLastModified: lead.properties.hs_lastmodifieddate }));
    expect(below.properties).toMatchObject({ ma_score: '42.3', ma_grade: 'B', ma_mql_at: null });
    const above = okValue(await call<ContactAnswer>('ma-save-score', { contactId: lead.id, total: 71, grade: 'A', mql: true, definitionVersion: 2, expectedLastModified: below.lastModified }));
    expect(above.properties.ma_mql_at).not.toBeNull();
    expect(above.properties.ma_definition_version).toBe('2');
    const again = okValue(await call<ContactAnswer>('ma-save-score', { contactId: lead.id, total: 75, grade: 'A', mql: true, definitionVersion: 3, expectedLastModified: above.lastModified }));
    expect(again.properties.ma_mql_at).toBe(above.properties.ma_mql_at);
    expect(again.properties.ma_definition_version).toBe('2');
    expect(failure(await call('ma-save-score', { contactId: lead.id, total: 75, grade: 'E', mql: true, expectedLastModified: again.lastModified })).field).toBe('grade');
  });
});
