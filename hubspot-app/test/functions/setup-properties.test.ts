import { call, failure, okValue, useCrm } from './harness';

describe('ma-setup-properties', () => {
  const env = useCrm({ withProperties: false });

  it('creates the group and every property, then finds them all on a second run', async () => {
    const first = okValue(await call<{ created: string[]; existing: string[] }>('ma-setup-properties', {}));
    expect(first.existing).toEqual([]);
    expect(first.created).toContain('companies.ma_revision');
    expect(first.created).toContain('contacts.ma_mql_at');
    expect(env.crm().hasGroup('companies', 'ma_maturity')).toBe(true);
    expect(env.crm().hasGroup('contacts', 'ma_maturity')).toBe(true);
    expect(env.crm().propertyNames('contacts')).toEqual(expect.arrayContaining(['ma_sal_at', 'ma_reject_reason', 'ma_grade']));

    const second = okValue(await call<{ created: string[]; existing: string[] }>('ma-setup-properties', {}));
    expect(second.created).toEqual([]);
    expect(second.existing.sort()).toEqual(first.created.sort());
  });

  it('answers a HubSpot refusal as crm-error with the status and category', async () => {
    env.crm().failNext('GET', /\/crm\/v3\/properties\/companies\/groups$/, 403, {
      status: 'error',
      category: 'MISSING_SCOPES',
      message: 'This app hasn\'t been granted all required scopes to make this call.',
    });
    const error = failure(await call('ma-setup-properties', { lang: 'en' }));
    expect(error.code).toBe('crm-error');
    expect(error.message).toContain('403 MISSING_SCOPES');
  });
});
