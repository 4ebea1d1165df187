import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The core's default handoff rules, as the functions bundle them. */
function defaultRules(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(join(__dirname, '..', '..', 'src', 'app', 'functions', 'maCore.cjs')) as { DEFAULT_HANDOFF_RULES: Record<string, unknown> };
  return core.DEFAULT_HANDOFF_RULES;
}

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

  it('makes a company the default program and saves program parts from a JSON file, checked by the core', async () => {
    const company = env.crm().seed('companies', { name: '産業機器事業部' });
    const dir = mkdtempSync(join(tmpdir(), 'ma-program-'));
    const good = join(dir, 'program.json');
    writeFileSync(good, JSON.stringify({ fieldMapping: { title: 'jobtitle' }, handoffRules: { ...defaultRules(), firstTouchSlaMinutes: 30 } }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ scoringModel: { fit: [{ id: 'x', points: 'ten' }] } }));
    try {
      const crmEnv = { HUBSPOT_ACCESS_TOKEN: env.crm().token, MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH };
      const run = await runScript(crmEnv, ['--company', company.id, '--default', '--program', good]);
      expect(run.err).toBe('');
      expect(run.out).toContain(`program of company ${company.id} (産業機器事業部): saved fieldMapping, handoffRules, default true, revision 1`);
      const stored = env.crm().get('companies', company.id)!.properties;
      expect(stored.ma_program_default).toBe('true');
      expect(JSON.parse(stored.ma_program!).handoffRules.firstTouchSlaMinutes).toBe(30);

      const refused = await runScript(crmEnv, ['--company', company.id, '--program', bad]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('invalid-input (program.scoringModel.fit[0].points)');
      expect((await runScript(crmEnv, ['--company', 'acme'])).code).toBe(2);
      expect((await runScript(crmEnv, ['--default'])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('saves who signs for which department, checked, before any settings page exists', async () => {
    const company = env.crm().seed('companies', { name: '産業機器事業部' });
    const dir = mkdtempSync(join(tmpdir(), 'ma-access-'));
    const good = join(dir, 'access.json');
    writeFileSync(good, JSON.stringify({ members: [{ userId: '101', departments: ['marketing'] }, { userId: '102', admin: true, departments: [] }] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ members: [{ userId: '101', departments: ['boss'] }] }));
    try {
      const crmEnv = { HUBSPOT_ACCESS_TOKEN: env.crm().token, MA_CRM_BASE_PATH: process.env.MA_CRM_BASE_PATH };
      const run = await runScript(crmEnv, ['--company', company.id, '--access', good]);
      expect(run.err).toBe('');
      expect(run.out).toContain(`access of company ${company.id}: 2 member(s), revision 1`);
      expect(JSON.parse(env.crm().get('companies', company.id)!.properties.ma_program!).access.members[0]).toEqual({ userId: '101', departments: ['marketing'] });
      const refused = await runScript(crmEnv, ['--company', company.id, '--access', bad]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('invalid-input (access.members[0].departments[0])');
      expect((await runScript(crmEnv, ['--access', good])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
