import { call, failure, okValue, useCrm } from './harness';
import { withSigners } from './signers';

interface Answer {
  revision: number;
  definitions: { current: { version: number; state: string; stages: { sal: { acceptWithinHours: number } } } | null; inForce: { version: number } | null };
  diff: { path: string; change: string; text: string }[];
  signOff: { signed: string[]; missing: string[] };
}

describe('definitions: ma-save-definitions, ma-submit-definitions, ma-sign-definitions', () => {
  const env = useCrm();

  it('goes from a template to an agreed set in force with the three signatures, then a new version shows its diff', async () => {
    const { companyId, tokens, revision: start } = await withSigners(env.crm());
    const created = okValue(await call<Answer>('ma-save-definitions', { companyId, templateId: 'b2b-standard', expectedRevision: start }));
    expect(created.definitions.current).toMatchObject({ version: 1, state: 'draft' });
    expect(created.diff).toEqual([]);

    const submitted = okValue(await call<Answer>('ma-submit-definitions', { companyId, version: 1, expectedRevision: created.revision }));
    expect(submitted.definitions.current!.state).toBe('in_review');

    let last: Answer | null = null;
    for (const [role, token] of [['marketing', tokens.mika], ['insideSales', tokens.ren], ['sales', tokens.sota]] as const) {
      last = okValue(await call<Answer>('ma-sign-definitions', { companyId, role, version: 1 }, token));
      // A signature is no edit of the program: the revision stays, so nobody's view goes stale by it.
      expect(last.revision).toBe(submitted.revision);
    }
    const revision = submitted.revision;
    expect(last!.definitions.current!.state).toBe('agreed');
    expect(last!.definitions.inForce!.version).toBe(1);
    expect(last!.signOff).toEqual({ signed: ['marketing', 'insideSales', 'sales'], missing: [] });

    const stages = { ...last!.definitions.current!.stages, sal: { ...last!.definitions.current!.stages.sal, acceptWithinHours: 8 } };
    const edited = okValue(await call<Answer>('ma-save-definitions', { companyId, stages, expectedRevision: revision, lang: 'en' }));
    expect(edited.definitions.current).toMatchObject({ version: 2, state: 'draft' });
    expect(edited.definitions.inForce!.version).toBe(1);
    expect(edited.diff.length).toBeGreaterThan(0);
    expect(edited.diff[0]!.path).toContain('sal');
    expect(edited.signOff.missing).toEqual(['marketing', 'insideSales', 'sales']);

    const stored = JSON.parse(env.crm().get('companies', companyId)!.properties.ma_definition_sets!);
    expect(stored.current.version).toBe(2);
    expect(stored.inForce.version).toBe(1);
  });

  it('refuses a draft signature, a signature of another version, a stale submit and an unknown role, naming the field', async () => {
    const { companyId, tokens, revision } = await withSigners(env.crm());
    okValue(await call('ma-save-definitions', { companyId, templateId: 'b2b-standard', expectedRevision: revision }));
    const draft = failure(await call('ma-sign-definitions', { companyId, role: 'sales', version: 1 }, tokens.sota));
    expect(draft).toMatchObject({ code: 'invalid-input', field: 'state' });
    const staleSubmit = failure(await call('ma-submit-definitions', { companyId, version: 1, expectedRevision: revision }));
    expect(staleSubmit).toMatchObject({ code: 'stale', field: 'expectedRevision' });
    okValue(await call('ma-submit-definitions', { companyId, version: 1, expectedRevision: revision + 1 }));
    const otherVersion = failure(await call('ma-sign-definitions', { companyId, role: 'sales', version: 3 }, tokens.sota));
    expect(otherVersion).toMatchObject({ code: 'stale', field: 'version' });
    const badRole = failure(await call('ma-sign-definitions', { companyId, role: 'admin', version: 1 }, tokens.sota));
    expect(badRole).toMatchObject({ code: 'invalid-input', field: 'role' });
  });

  it('wants exactly one of templateId and stages, and a template that exists', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    const both = failure(await call('ma-save-definitions', { companyId, expectedRevision: 0 }));
    expect(both.field).toBe('templateId');
    const unknown = failure(await call('ma-save-definitions', { companyId, templateId: 'nope', expectedRevision: 0 }));
    expect(unknown).toMatchObject({ code: 'invalid-input', field: 'templateId' });
    const badStages = failure(await call('ma-save-definitions', { companyId, stages: { mql: {} }, expectedRevision: 0 }));
    expect(badStages.code).toBe('invalid-input');
    expect(badStages.field).toMatch(/^stages/);
    expect(env.crm().requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
