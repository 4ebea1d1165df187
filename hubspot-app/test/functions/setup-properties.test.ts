import { spawn } from 'node:child_process';
import { join } from 'node:path';
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

describe('scripts/setup-properties.mjs', () => {
  const env = useCrm({ withProperties: false });
  const script = join(__dirname, '..', '..', 'scripts', 'setup-properties.mjs');
  const runScript = (extraEnv: Record<string, string | undefined>, args: string[] = []) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...extraEnv } });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.stderr.on('data', (d: Buffer) => (err += d));
      child.on('close', (code: number | null) => resolve({ code, out, err }));
    });

  it('creates the properties through the real API client with the token given', async () => {
    const run = await runScript({ HUBSPOT_ACCESS_TOKEN: env.crm().token, MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('contacts.ma_mql_at');
    expect(env.crm().propertyNames('companies')).toContain('ma_definition_sets');
  });

  it('makes a company the default program', async () => {
    const company = env.crm().seed('companies', { name: '産業機器事業部' });
    const run = await runScript({ HUBSPOT_ACCESS_TOKEN: env.crm().token, MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH }, ['--default-program', company.id]);
    expect(run.err).toBe('');
    expect(run.out).toContain(`default program: company ${company.id} (産業機器事業部), revision 1`);
    expect(env.crm().get('companies', company.id)!.properties.ma_program_default).toBe('true');
    const bad = await runScript({ HUBSPOT_ACCESS_TOKEN: env.crm().token, MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH }, ['--default-program', 'acme']);
    expect(bad.code).toBe(2);
  });

  it('stops with a hint when the token is missing, and with the CRM error when it is wrong', async () => {
    const none = await runScript({ HUBSPOT_ACCESS_TOKEN: '', MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH });
    expect(none.code).toBe(2);
    expect(none.err).toContain('HUBSPOT_ACCESS_TOKEN');
    const wrong = await runScript({ HUBSPOT_ACCESS_TOKEN: 'pat-wrong', MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('401 INVALID_AUTHENTICATION');
  });
});
