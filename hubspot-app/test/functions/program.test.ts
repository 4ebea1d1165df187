import { call, failure, okValue, useCrm } from './harness';

interface ProgramView {
  companyId: string;
  revision: number;
  isDefault: boolean;
  program: { scoringModel: unknown; handoffRules: { firstTouchSlaMinutes: number }; fieldMapping: Record<string, string>; name?: string };
  diagnoses: unknown[];
  definitions: { current: unknown; inForce: unknown };
}

describe('ma-load-program and ma-save-program', () => {
  const env = useCrm();

  it('loads a company without program data as the defaults at revision 0', async () => {
    const company = env.crm().seed('companies', { name: '産業機器事業部' });
    const view = okValue(await call<ProgramView>('ma-load-program', { companyId: company.id }));
    expect(view).toMatchObject({ companyId: company.id, revision: 0, isDefault: false, diagnoses: [], definitions: { current: null, inForce: null } });
    expect(view.program.scoringModel).toBeNull();
    expect(view.program.handoffRules.firstTouchSlaMinutes).toBe(60);
    const get = env.crm().requests.find((r) => r.method === 'GET')!;
    expect(get.path).toBe(`/crm/v3/objects/companies/${company.id}`);
    expect(get.query.getAll('properties').join(',')).toContain('ma_definition_sets');
  });

  it('saves a scoring model and the default flag, raises the revision, and finds the default program without an id', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const other = env.crm().seed('companies', { name: 'B', ma_program_default: 'true' });
    const model = { fit: [{ id: 'title', if: { field: 'title', op: 'contains', value: '部長' }, points: 20 }], thresholds: { mql: 50 } };
    const saved = okValue(
      await call<ProgramView>('ma-save-program', {
        companyId: company.id,
        program: { scoringModel: model, fieldMapping: { title: 'jobtitle' } },
        makeDefault: true,
        expectedRevision: 0,
      }),
    );
    expect(saved.revision).toBe(1);
    expect(saved.program.scoringModel).toEqual(model);
    expect(saved.program.fieldMapping).toEqual({ title: 'jobtitle' });
    expect(env.crm().get('companies', company.id)!.properties.ma_revision).toBe('1');
    expect(env.crm().get('companies', other.id)!.properties.ma_program_default).toBe('false');

    const byDefault = okValue(await call<ProgramView>('ma-load-program', {}));
    expect(byDefault.companyId).toBe(company.id);
    expect(byDefault.isDefault).toBe(true);
  });

  it('refuses a stale write and leaves the record as it was', async () => {
    const company = env.crm().seed('companies', { name: 'A', ma_revision: '3' });
    const error = failure(await call('ma-save-program', { companyId: company.id, program: { name: 'X' }, expectedRevision: 2, lang: 'en' }));
    expect(error.code).toBe('stale');
    expect(error.field).toBe('expectedRevision');
    expect(error.message).toContain('revision 2');
    expect(error.message).toContain('revision 3');
    expect(env.crm().get('companies', company.id)!.properties.ma_program).toBeUndefined();
    expect(env.crm().requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('answers a broken scoring model with the field that is wrong, in Japanese by default', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const error = failure(
      await call('ma-save-program', { companyId: company.id, program: { scoringModel: { fit: [{ id: 'x', points: 'ten' }] } }, expectedRevision: 0 }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('program.scoringModel.fit[0].points');
    expect(error.message).toMatch(/^入力が正しくありません/);
  });

  it('answers bad parameters naming them, before calling HubSpot', async () => {
    const error = failure(await call('ma-save-program', { companyId: 'abc', program: { colour: 'red' }, expectedRevision: -1, lang: 'en' }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues!.map((i) => i.path).sort()).toEqual(['companyId', 'expectedRevision', 'program']);
    expect(env.crm().requests).toEqual([]);
  });

  it('answers not-found for a missing company and for a portal without a default program', async () => {
    expect(failure(await call('ma-load-program', { companyId: '999999' })).code).toBe('not-found');
    const none = failure(await call('ma-load-program', { lang: 'en' }));
    expect(none.code).toBe('not-found');
    expect(none.message).toContain('no default MA program');
  });

  it('answers crm-error naming the property when stored JSON was broken by hand', async () => {
    const company = env.crm().seed('companies', { name: 'A', ma_diagnoses: '[{"id":' });
    const error = failure(await call('ma-load-program', { companyId: company.id, lang: 'en' }));
    expect(error.code).toBe('crm-error');
    expect(error.field).toBe('ma_diagnoses');
  });

  it('answers HubSpot errors as crm-error with status and category, never throwing', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    env.crm().failNext('GET', /companies/, 429, { status: 'error', category: 'RATE_LIMITS', message: 'You have reached your ten_secondly_rolling limit.', policyName: 'TEN_SECONDLY_ROLLING' });
    const error = failure(await call('ma-load-program', { companyId: company.id }));
    expect(error.code).toBe('crm-error');
    expect(error.message).toContain('429 RATE_LIMITS');
  });
});
