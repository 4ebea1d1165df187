import { call, failure, okValue, useCrm } from './harness';

interface Answer {
  revision: number;
  definitions: { current: { version: number; state: string; stages: { sal: { acceptWithinHours: number } } } | null; inForce: { version: number } | null };
  diff: { path: string; change: string; text: string }[];
  signOff: { signed: string[]; missing: string[] };
}

describe('definitions: ma-save-definitions, ma-submit-definitions, ma-sign-definitions', () => {
  const env = useCrm();

  it('goes from a template to an agreed set in force with the three signatures, then a new version shows its diff', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    const created = okValue(await call<Answer>('ma-save-definitions', { companyId, templateId: 'b2b-standard', by: 'mkt', expectedRevision: 0 }));
    expect(created.definitions.current).toMatchObject({ version: 1, state: 'draft' });
    expect(created.diff).toEqual([]);

    const submitted = okValue(await call<Answer>('ma-submit-definitions', { companyId, by: 'mkt', version: 1, expectedRevision: 1 }));
    expect(submitted.definitions.current!.state).toBe('in_review');

    let revision = submitted.revision;
    let last: Answer | null = null;
    for (const role of ['marketing', 'insideSales', 'sales']) {
      last = okValue(await call<Answer>('ma-sign-definitions', { companyId, role, by: role, version: 1, expectedRevision: revision }));
      revision = last.revision;
    }
    expect(last!.definitions.current!.state).toBe('agreed');
    expect(last!.definitions.inForce!.version).toBe(1);
    expect(last!.signOff).toEqual({ signed: ['marketing', 'insideSales', 'sales'], missing: [] });

    const stages = { ...last!.definitions.current!.stages, sal: { ...last!.definitions.current!.stages.sal, acceptWithinHours: 8 } };
    const edited = okValue(await call<Answer>('ma-save-definitions', { companyId, stages, by: 'mkt', expectedRevision: revision, lang: 'en' }));
    expect(edited.definitions.current).toMatchObject({ version: 2, state: 'draft' });
    expect(edited.definitions.inForce!.version).toBe(1);
    expect(edited.diff.length).toBeGreaterThan(0);
    expect(edited.diff[0]!.path).toContain('sal');
    expect(edited.signOff.missing).toEqual(['marketing', 'insideSales', 'sales']);

    const stored = JSON.parse(env.crm().get('companies', companyId)!.properties.ma_definition_sets!);
    expect(stored.current.version).toBe(2);
    expect(stored.inForce.version).toBe(1);
  });

  it('refuses a signature for another version, a draft signature, and a stale write, naming the field', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    okValue(await call('ma-save-definitions', { companyId, templateId: 'b2b-standard', by: 'mkt', expectedRevision: 0 }));
    const draft = failure(await call('ma-sign-definitions', { companyId, role: 'sales', by: 's', version: 1, expectedRevision: 1 }));
    expect(draft).toMatchObject({ code: 'invalid-input', field: 'state' });
    okValue(await call('ma-submit-definitions', { companyId, by: 'mkt', version: 1, expectedRevision: 1 }));
    const otherVersion = failure(await call('ma-sign-definitions', { companyId, role: 'sales', by: 's', version: 3, expectedRevision: 2 }));
    expect(otherVersion).toMatchObject({ code: 'invalid-input', field: 'version' });
    const stale = failure(await call('ma-sign-definitions', { companyId, role: 'sales', by: 's', version: 1, expectedRevision: 1 }));
    expect(stale.code).toBe('stale');
    const badRole = failure(await call('ma-sign-definitions', { companyId, role: 'admin', by: 's', version: 1, expectedRevision: 2 }));
    expect(badRole).toMatchObject({ code: 'invalid-input', field: 'role' });
  });

  it('wants exactly one of templateId and stages, and a template that exists', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    const both = failure(await call('ma-save-definitions', { companyId, by: 'x', expectedRevision: 0 }));
    expect(both.field).toBe('templateId');
    const unknown = failure(await call('ma-save-definitions', { companyId, templateId: 'nope', by: 'x', expectedRevision: 0 }));
    expect(unknown).toMatchObject({ code: 'invalid-input', field: 'templateId' });
    const badStages = failure(await call('ma-save-definitions', { companyId, stages: { mql: {} }, by: 'x', expectedRevision: 0 }));
    expect(badStages.code).toBe('invalid-input');
    expect(badStages.field).toMatch(/^stages/);
    expect(env.crm().requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
