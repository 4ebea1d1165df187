// Bulk rescoring of a program's contacts through ma-rescore, against a CRM
// stand-in that rate-limits searches and batch reads: every contact of the
// program is evaluated and written once, the others are left alone, a run
// resumes from what it saved, and whatever could not be done is counted and
// listed, never dropped.
import { call, failure, okValue, useCrm } from './harness';
import type { Progress } from '../../src/app/settings/useSettingsData';
import { golden, seedAgreedProgram } from './programs';


const b2b = golden.programs.b2b!;
const MAPPING = { ...b2b.hubspot!.fieldMapping, 'event.email_open': 'hs_email_last_open_date' };
const ROUTING = [{ kind: 'queue', value: 'MA_Inside_Sales', ownerId: '55' }];

describe('ma-rescore: every contact of the program, resumable, within the rate limits', () => {
  const env = useCrm();
  const saved = { budget: process.env.MA_RESCORE_BUDGET_MS, retry: process.env.MA_RETRY_BASE_MS };
  beforeEach(() => {
    process.env.MA_RETRY_BASE_MS = '10';
    process.env.MA_RESCORE_BUDGET_MS = '300';
  });
  afterEach(() => {
    process.env.MA_RESCORE_BUDGET_MS = saved.budget;
    process.env.MA_RETRY_BASE_MS = saved.retry;
  });

  /** 200 hot contacts (MQL now), 40 cold ones, and 10 of another program. */
  function seedPortal() {
    const crm = env.crm();
    const programId = seedAgreedProgram(crm, b2b, { routing: ROUTING, fieldMapping: MAPPING });
    const other = seedAgreedProgram(crm, b2b, { isDefault: false, fieldMapping: MAPPING });
    const company = crm.seed('companies', { numberofemployees: '1200', industry: 'manufacturing' });
    const now = new Date().toISOString();
    const hot: string[] = [];
    const cold: string[] = [];
    const elsewhere: string[] = [];
    for (let i = 0; i < 250; i += 1) {
      const kind = i % 25 === 24 ? 'elsewhere' : i % 25 >= 20 ? 'cold' : 'hot';
      const props: Record<string, string> =
        kind === 'cold' ? { jobtitle: '担当' } : { jobtitle: '営業部長', recent_conversion_date: now, hs_email_last_open_date: now };
      // Half of the default program's contacts name it; the others have none (the default applies).
      if (kind === 'elsewhere') props.ma_program_id = other;
      else if (i % 2 === 0) props.ma_program_id = programId;
      const contact = crm.seed('contacts', props);
      if (kind !== 'cold') crm.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
      ({ hot, cold, elsewhere })[kind as 'hot' | 'cold' | 'elsewhere'].push(contact.id);
    }
    return { programId, hot, cold, elsewhere };
  }

  const run = async (companyId: string, progress: Progress) => {
    let current = progress;
    for (let step = 0; current.state === 'running' && step < 200; step += 1) {
      current = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId, action: 'continue', runId: current.runId })).progress;
    }
    return current;
  };
  const writesOf = (id: string) =>
    env
      .crm()
      .requests.filter((r) => r.path === '/crm/v3/objects/contacts/batch/update')
      .flatMap((r) => (r.body as { inputs: { id: string }[] }).inputs)
      .filter((input) => input.id === id).length;

  it('rescores and stamps every contact of the program once, waiting out the limits, and leaves other programs alone', async () => {
    const { programId, hot, cold, elsewhere } = seedPortal();
    const searches = env.crm().throttle('POST', /\/contacts\/search$/, 1, 100);
    const reads = env.crm().throttle('POST', /\/batch\/read$/, 3, 100);
    const started = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'start' })).progress;
    expect(started).toMatchObject({ state: 'running', total: 240, processed: 0, cursor: '0' });
    const done = await run(programId, started);
    expect(done).toMatchObject({ state: 'done', total: 240, processed: 240, written: 240, mqls: 200, tasks: 200, failed: 0, problems: [] });
    expect(searches.refused() + reads.refused()).toBeGreaterThan(0);
    for (const id of hot) {
      expect(env.crm().get('contacts', id)!.properties).toMatchObject({ ma_mql_at: done.asOf, ma_definition_version: '3', ma_grade: 'A', hubspot_owner_id: '55' });
      expect(writesOf(id)).toBe(1);
    }
    for (const id of cold) expect(env.crm().get('contacts', id)!.properties).toMatchObject({ ma_score: '0', ma_grade: 'D' });
    for (const id of elsewhere) expect(writesOf(id)).toBe(0);
    // The admin sees where it stands on the program company.
    const status = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'status' })).progress;
    expect(status).toEqual(done);
  });

  it('resumes a run from what it saved when the page is opened again, never from the start', async () => {
    const { programId } = seedPortal();
    process.env.MA_RESCORE_BUDGET_MS = '1';
    const started = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'start' })).progress;
    const first = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'continue', runId: started.runId })).progress;
    expect(first).toMatchObject({ state: 'running', processed: 100 });
    // A new page: it knows only the run id, read back from the program.
    const reopened = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'status' })).progress;
    expect(reopened.cursor).toBe(first.cursor);
    const before = env.crm().requests.length;
    const done = await run(programId, reopened);
    expect(done).toMatchObject({ state: 'done', processed: 240, written: 240 });
    const nextSearch = env.crm().requests.slice(before).find((r) => r.path === '/crm/v3/objects/contacts/search')!;
    const filters = (nextSearch.body as { filterGroups: { filters: unknown[] }[] }).filterGroups.flatMap((g) => g.filters);
    expect(filters).toContainEqual({ propertyName: 'hs_object_id', operator: 'GT', value: first.cursor });
    const inputs = env.crm().requests.filter((r) => r.path === '/crm/v3/objects/contacts/batch/update').flatMap((r) => (r.body as { inputs: { id: string }[] }).inputs.map((i) => i.id));
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  it('counts and lists the contacts whose write HubSpot refused, and stops before a page it could not read in time', async () => {
    const { programId } = seedPortal();
    env.crm().failNext('POST', /\/contacts\/batch\/update$/, 400, { status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid' });
    const started = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'start' })).progress;
    const done = await run(programId, started);
    expect(done).toMatchObject({ state: 'done', processed: 240, written: 140, failed: 100 });
    expect(done.problems).toHaveLength(50);
    expect(done.problems[0]!.message).toContain('write refused: Property values were not valid');

    const again = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'start' })).progress;
    env.crm().throttle('POST', /\/contacts\/search$/, 0, 60000);
    const throttled = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'continue', runId: again.runId })).progress;
    expect(throttled).toMatchObject({ state: 'running', processed: 0, cursor: '0', throttled: 1 });
  });

  it('is for program admins only, runs one run at a time, and can be cancelled', async () => {
    const { programId } = seedPortal();
    const rep = env.crm().addUser('rep');
    expect(failure(await call('ma-rescore', { companyId: programId, action: 'start', lang: 'en' }, rep.token))).toMatchObject({ code: 'forbidden' });
    expect(env.crm().requests.some((r) => r.method === 'PATCH')).toBe(false);
    const started = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'start' })).progress;
    expect(failure(await call('ma-rescore', { companyId: programId, action: 'start', lang: 'en' }))).toMatchObject({ code: 'conflict', field: 'action' });
    expect(failure(await call('ma-rescore', { companyId: programId, action: 'continue' }))).toMatchObject({ code: 'invalid-input', field: 'runId' });
    expect(failure(await call('ma-rescore', { companyId: programId, action: 'continue', runId: 'r-1' }))).toMatchObject({ code: 'invalid-input', field: 'action' });
    const cancelled = okValue(await call<{ progress: Progress }>('ma-rescore', { companyId: programId, action: 'cancel', runId: started.runId })).progress;
    expect(cancelled.state).toBe('cancelled');
    expect(failure(await call('ma-rescore', { companyId: programId, action: 'continue', runId: started.runId })).code).toBe('invalid-input');
  });
});
