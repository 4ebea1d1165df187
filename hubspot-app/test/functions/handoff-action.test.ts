// ma-handoff-action: what a rep may do with an MQL and what each step writes
// are the core's (takeHandoffAction) under the contact's program's agreed
// set; the function stores exactly that, or answers the core's refusal.
import { call, failure, okValue, useCrm } from './harness';
import { golden, seedAgreedProgram } from './programs';

interface ContactAnswer {
  contactId: string;
  properties: Record<string, string | null>;
  lastModified: string;
}

const b2b = golden.programs.b2b!;
const patches = (crm: ReturnType<ReturnType<typeof useCrm>['crm']>) => crm.requests.filter((r) => r.method === 'PATCH');

describe('ma-handoff-action', () => {
  const env = useCrm();
  const mql = (extra: Record<string, string> = {}) => {
    seedAgreedProgram(env.crm(), b2b);
    return env.crm().seed('contacts', { email: 'a@example.jp', ma_mql_at: '2026-11-19T01:00:00.000Z', ma_assigned_at: '2026-11-19T01:00:00.000Z', ...extra });
  };
  const act = (contact: { id: string; properties: Record<string, string | null> }, action: string, extra: Record<string, unknown> = {}) =>
    call<ContactAnswer>('ma-handoff-action', { contactId: contact.id, action, expectedLastModified: contact.properties.hs_lastmodifieddate, ...extra });

  it('accepts an MQL: SAL and, as nothing touched it yet, the first touch, in one write', async () => {
    const contact = mql();
    const answer = okValue(await act(contact, 'accept'));
    expect(answer.properties.ma_sal_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(answer.properties.ma_first_touch_at).toBe(answer.properties.ma_sal_at);
    const [patch] = patches(env.crm());
    expect(patch!.path).toBe(`/crm/v3/objects/contacts/${contact.id}`);
    expect(Object.keys((patch!.body as { properties: object }).properties).sort()).toEqual(['ma_first_touch_at', 'ma_sal_at']);
    const again = failure(await call('ma-handoff-action', { contactId: contact.id, action: 'reject', reason: 'duplicate', expectedLastModified: answer.lastModified }));
    expect(again).toMatchObject({ code: 'invalid-input', field: 'action' });
    expect(again.message).toContain('既に受け入れ済み');
  });

  it('rejects only with one of the agreed set’s reasons, keeps an earlier first touch, and may then recycle', async () => {
    const contact = mql({ ma_first_touch_at: '2026-11-19T01:20:00.000Z' });
    const noReason = failure(await act(contact, 'reject', { lang: 'en' }));
    expect(noReason).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(noReason.message).toContain('not-icp');
    // A reason of the core's catalogue the agreed set does not offer.
    expect(failure(await act(contact, 'reject', { reason: 'competitor-or-student' })).field).toBe('reason');
    const rejected = okValue(await act(contact, 'reject', { reason: 'no-need' }));
    expect(rejected.properties).toMatchObject({ ma_reject_reason: 'no-need', ma_first_touch_at: '2026-11-19T01:20:00.000Z' });
    expect(Object.keys((patches(env.crm())[0]!.body as { properties: object }).properties).sort()).toEqual(['ma_reject_reason', 'ma_sal_rejected_at']);
    const recycled = okValue(await call<ContactAnswer>('ma-handoff-action', { contactId: contact.id, action: 'recycle', expectedLastModified: rejected.lastModified }));
    expect(recycled.properties.ma_recycled_at).not.toBeNull();
    expect(failure(await call('ma-handoff-action', { contactId: contact.id, action: 'recycle', expectedLastModified: recycled.lastModified })).field).toBe('action');
  });

  it('refuses a stale step, a contact that is not an MQL, and a program with nothing agreed', async () => {
    const contact = mql();
    const read = contact.properties.hs_lastmodifieddate!;
    env.crm().touch('contacts', contact.id, { firstname: '花子' });
    const stale = failure(await call('ma-handoff-action', { contactId: contact.id, action: 'accept', expectedLastModified: read }));
    expect(stale).toMatchObject({ code: 'stale', field: 'expectedLastModified' });
    expect(env.crm().get('contacts', contact.id)!.properties.ma_sal_at).toBeUndefined();

    const lead = env.crm().seed('contacts', { email: 'b@example.jp' });
    const notMql = failure(await act(lead, 'accept', { lang: 'en' }));
    expect(notMql).toMatchObject({ code: 'invalid-input', field: 'action' });
    expect(notMql.message).toContain('not an MQL');
    expect(failure(await call('ma-handoff-action', { contactId: lead.id, action: 'accept', expectedLastModified: 'yesterday' })).field).toBe('expectedLastModified');
    expect(patches(env.crm())).toEqual([]);
  });

  it('answers not-found while the program has no agreed definitions', async () => {
    const company = env.crm().seed('companies', { name: 'A', ma_program_default: 'true' });
    const contact = env.crm().seed('contacts', { ma_mql_at: '2026-11-19T01:00:00.000Z', ma_program_id: company.id });
    const answer = failure(await act(contact, 'accept', { lang: 'en' }));
    expect(answer).toMatchObject({ code: 'not-found' });
    expect(answer.message).toContain('no agreed MQL/SAL/SQL definitions');
  });
});
