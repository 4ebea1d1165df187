// Admin-only writes, refused on the server for anyone else: the program
// (scoring model, handoff rules, field mapping), the department mapping, and
// the portal-wide property setup.
import { call, failure, okValue, useCrm } from './harness';
import { withSigners } from './signers';

describe('admin-only writes', () => {
  const env = useCrm();
  const patches = () => env.crm().requests.filter((r) => r.method === 'PATCH' || (r.method === 'POST' && r.path.includes('/properties/'))).length;

  it('refuses the program, the mapping and the setup to a user who is no admin, writing nothing', async () => {
    const { companyId, tokens, revision } = await withSigners(env.crm());
    const before = patches();
    const program = failure(await call('ma-save-program', { companyId, program: { fieldMapping: { score: 'hs_score' } }, expectedRevision: revision, lang: 'en' }, tokens.sota));
    expect(program.code).toBe('forbidden');
    expect(program.message).toContain('sota@example.com is not an admin of this program');
    const access = failure(await call('ma-save-access', { companyId, access: { members: [] }, expectedRevision: revision }, tokens.sota));
    expect(access.code).toBe('forbidden');
    const setup = failure(await call('ma-setup-properties', { lang: 'en' }, tokens.sota));
    expect(setup.code).toBe('forbidden');
    expect(setup.message).toContain('is not a HubSpot super admin');
    expect(patches()).toBe(before);
  });

  it('lets a program admin named in the mapping change the program and the mapping, but not the portal setup', async () => {
    const { companyId, tokens, users, revision } = await withSigners(env.crm(), { mika: ['marketing'] });
    const lead = env.crm().addUser('lead');
    const members = [
      { userId: String(users.mika!.userId), departments: ['marketing'] },
      { userId: String(lead.userId), email: lead.email, admin: true, departments: [] },
    ];
    const mapped = okValue(await call<{ revision: number; program: { access: unknown } }>('ma-save-access', { companyId, access: { members }, expectedRevision: revision }));
    expect(mapped.program.access).toEqual({ members });
    const saved = okValue(
      await call<{ revision: number; program: { fieldMapping: Record<string, string> } }>(
        'ma-save-program',
        { companyId, program: { fieldMapping: { score: 'hs_score' } }, expectedRevision: mapped.revision },
        lead.token,
      ),
    );
    expect(saved.program.fieldMapping).toEqual({ score: 'hs_score' });
    // Saving the program keeps the mapping.
    expect(JSON.parse(env.crm().get('companies', companyId)!.properties.ma_program!).access).toEqual({ members });
    const remapped = okValue(await call<{ revision: number }>('ma-save-access', { companyId, access: { members: members.slice(1) }, expectedRevision: saved.revision }, lead.token));
    expect(remapped.revision).toBe(saved.revision + 1);
    // mika, taken out of the mapping, signs for no department any more.
    expect(okValue(await call<{ departments: string[] }>('ma-current-user', { companyId }, tokens.mika)).departments).toEqual([]);
    expect(failure(await call('ma-setup-properties', {}, lead.token)).code).toBe('forbidden');
  });

  it('refuses every admin write when HubSpot names no user', async () => {
    const { companyId, revision } = await withSigners(env.crm());
    const app = env.crm().addUser('app', { userLevel: false, superAdmin: true });
    for (const [name, parameters] of [
      ['ma-save-program', { companyId, program: { name: 'x' }, expectedRevision: revision }],
      ['ma-save-access', { companyId, access: { members: [] }, expectedRevision: revision }],
      ['ma-setup-properties', {}],
    ] as const) {
      expect(failure(await call(name, parameters, app.token)).code).toBe('forbidden');
    }
  });

  it('checks the mapping it saves and the revision it was read at, naming the field', async () => {
    const { companyId, users, revision } = await withSigners(env.crm(), { mika: ['marketing'] });
    const id = String(users.mika!.userId);
    const twice = failure(await call('ma-save-access', { companyId, access: { members: [{ userId: id, departments: [] }, { userId: id, departments: [] }] }, expectedRevision: revision }));
    expect(twice).toMatchObject({ code: 'invalid-input', field: 'access.members[1].userId' });
    const badRole = failure(await call('ma-save-access', { companyId, access: { members: [{ userId: id, departments: ['admin'] }] }, expectedRevision: revision }));
    expect(badRole).toMatchObject({ code: 'invalid-input', field: 'access.members[0].departments[0]' });
    const stale = failure(await call('ma-save-access', { companyId, access: { members: [] }, expectedRevision: revision - 1 }));
    expect(stale).toMatchObject({ code: 'stale', field: 'expectedRevision' });
    const viaProgram = failure(await call('ma-save-program', { companyId, program: { access: { members: [] } }, expectedRevision: revision }));
    expect(viaProgram.code).toBe('invalid-input');
  });
});
