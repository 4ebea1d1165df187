// ma-suggest-model and ma-draft-from-suggestion: a scoring model learned on
// the server from the program's contacts and their deal outcomes, answered
// for an admin to review; then stored, on confirmation, as a new draft
// version of the definitions, as every edit is (revision checked, admins only).
import { call, failure, okValue, useCrm } from './harness';
import { golden, seedAgreedProgram } from './programs';
import type { CrmStandIn } from './crm-stand-in';

const b2b = golden.programs.b2b!;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Suggestion {
  model: { fit: { id: string; points: number }[]; thresholds: { mql: number } };
  changes: { rule: string; from: number; to: number; why: string; basis: string }[];
  threshold: { from: number | null; to: number };
  backtest: { current: { leads: number }; suggested: { leads: number } };
  improvement: boolean;
  evaluation: { verdict: string };
  split: { heldOut: { leads: number } };
}
interface Answer {
  model: { thresholds: { mql: number } };
  suggestion: Suggestion | null;
  refusal: { path: string; code: string; message: string }[] | null;
  contacts: number;
  truncated: boolean;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * `count` contacts of the program over a year, as the engine and the reps
 * leave them: an MQL date, the company's size, a form submission, and the
 * deal's dates. Wins follow the 部長 title and the form; large companies,
 * slow to decide, win less often, whatever the model gives them.
 */
function seedHistory(crm: CrmStandIn, count: number, { signal = true } = {}) {
  const programId = seedAgreedProgram(crm, b2b);
  const large = crm.seed('companies', { numberofemployees: '2500', industry: 'manufacturing' });
  const small = crm.seed('companies', { numberofemployees: '40', industry: 'manufacturing' });
  const rnd = seeded(42);
  const start = Date.parse('2025-11-01T00:00:00Z');
  for (let i = 0; i < count; i += 1) {
    const at = start + Math.floor((i / count) * 360 * DAY);
    const manager = rnd() < 0.35;
    const form = rnd() < 0.35;
    const big = rnd() < 0.5;
    const won = rnd() < 1 / (1 + Math.exp(-(signal ? -1.8 + 2.6 * Number(manager) + 0.8 * Number(form) - 1.2 * Number(big) : -1.3)));
    const opportunity = won || rnd() < 0.15;
    const contact = crm.seed('contacts', {
      jobtitle: manager ? '営業部長' : '担当',
      ma_program_id: programId,
      ma_mql_at: iso(at),
      recent_conversion_date: form ? iso(at - DAY) : null,
      ma_opportunity_at: opportunity ? iso(at + 10 * DAY) : null,
      ma_won_at: won ? iso(at + 40 * DAY) : null,
    });
    crm.associate('contacts', contact.id, 'companies', (big ? large : small).id, 1, 'Primary');
  }
  // Another program's contact is not part of this history.
  crm.seed('contacts', { jobtitle: '営業部長', ma_program_id: '999999', ma_won_at: iso(start) });
  return programId;
}

const writes = (crm: CrmStandIn) => crm.requests.filter((r) => r.method === 'PATCH' || r.path.endsWith('/batch/update') || r.path.endsWith('/batch/create'));

describe('ma-suggest-model', () => {
  const env = useCrm();
  const saved = process.env.MA_RETRY_BASE_MS;
  beforeAll(() => {
    process.env.MA_RETRY_BASE_MS = '10';
  });
  afterAll(() => {
    process.env.MA_RETRY_BASE_MS = saved;
  });

  it('learns from the program’s contacts, read in batches, and says how the suggestion did on the held-out ones; writes nothing', async () => {
    const programId = seedHistory(env.crm(), 600);
    const answer = okValue(await call<Answer>('ma-suggest-model', { companyId: programId, lang: 'en' }));
    expect(answer.contacts).toBe(600);
    expect(answer.truncated).toBe(false);
    expect(answer.refusal).toBeNull();
    const s = answer.suggestion!;
    const byRule = Object.fromEntries(s.changes.map((c) => [c.rule, c]));
    expect(byRule['manager-title']!.to).toBeGreaterThan(byRule['manager-title']!.from);
    expect(byRule['manager-title']!.to).toBeGreaterThan(byRule['form-submit']!.to);
    expect(byRule['form-submit']!.to).toBeGreaterThan(0);
    expect(byRule['large-company']!.to).toBeLessThan(0);
    expect(byRule['competitor']!.basis).toBe('kept');
    expect(s.threshold.from).toBe(50);
    expect(s.improvement).toBe(true);
    expect(s.evaluation.verdict).toMatch(/^On the 180 newest leads, held out of the fit, the suggestion ranks the leads that were won higher/);
    expect(s.backtest.current.leads).toBe(180);
    expect(answer.model).toEqual(b2b.program.model);
    // Contacts by search (200 a page) and batch reads (100 at a time); nothing written.
    const requests = env.crm().requests;
    expect(requests.filter((r) => r.path.endsWith('/contacts/search')).every((r) => (r.body as { limit: number }).limit <= 200)).toBe(true);
    expect(requests.filter((r) => r.path.endsWith('/contacts/batch/read'))).toHaveLength(6);
    expect(writes(env.crm())).toEqual([]);
  });

  it('waits out HubSpot’s rate limits instead of failing', async () => {
    const programId = seedHistory(env.crm(), 300);
    const reads = env.crm().throttle('POST', /\/batch\/read$/, 2, 200);
    const answer = okValue(await call<Answer>('ma-suggest-model', { companyId: programId, lang: 'en' }));
    expect(answer.contacts).toBe(300);
    expect(reads.refused()).toBeGreaterThan(0);
  });

  it('answers a history with too few outcomes as the core’s refusal, not as an error', async () => {
    const programId = seedHistory(env.crm(), 80);
    const answer = okValue(await call<Answer>('ma-suggest-model', { companyId: programId, lang: 'en' }));
    expect(answer.suggestion).toBeNull();
    expect(answer.refusal![0]).toMatchObject({ path: 'history', code: 'too_few_outcomes' });
    expect(answer.refusal![0]!.message).toMatch(/a suggestion needs at least 50 of each/);
  });

  it('is not shown as an improvement when the outcomes follow none of the rules', async () => {
    const programId = seedHistory(env.crm(), 600, { signal: false });
    const answer = okValue(await call<Answer>('ma-suggest-model', { companyId: programId, lang: 'en', target: 'won' }));
    expect(answer.suggestion!.improvement).toBe(false);
    expect(answer.suggestion!.evaluation.verdict).toMatch(/not an improvement; keep the current model/);
  });

  it('is for program admins only, and names a bad parameter', async () => {
    const programId = seedHistory(env.crm(), 80);
    const rep = env.crm().addUser('rep');
    expect(failure(await call('ma-suggest-model', { companyId: programId }, rep.token)).code).toBe('forbidden');
    expect(failure(await call('ma-suggest-model', { companyId: programId, target: 'lost' }))).toMatchObject({ code: 'invalid-input', field: 'target' });
  });
});

describe('ma-draft-from-suggestion', () => {
  const env = useCrm();

  async function suggestion(programId: string) {
    return okValue(await call<Answer>('ma-suggest-model', { companyId: programId, lang: 'en' })).suggestion!;
  }

  it('stores the suggestion as the next draft version of the definitions, with the revision it read', async () => {
    const programId = seedHistory(env.crm(), 600);
    const s = await suggestion(programId);
    const answer = okValue(
      await call<{ revision: number; definitions: { current: { version: number; state: string; model: unknown; stages: { mql: { criteria: unknown } }; signatures: unknown[] }; inForce: { version: number } }; diff: { text: string }[] }>(
        'ma-draft-from-suggestion',
        { companyId: programId, suggestion: { model: s.model, threshold: s.threshold }, expectedRevision: 4, lang: 'en' },
      ),
    );
    expect(answer.revision).toBe(5);
    const { current, inForce } = answer.definitions;
    expect(current).toMatchObject({ version: b2b.program.definitions.version + 1, state: 'draft', signatures: [] });
    expect(current.model).toEqual(s.model);
    expect(current.stages.mql.criteria).toEqual({ all: [{ field: 'score', op: 'gte', value: s.threshold.to }, { field: 'grade', op: 'in', value: ['A', 'B'] }] });
    // The version in force stays in force until the three departments agree the draft.
    expect(inForce.version).toBe(b2b.program.definitions.version);
    const managerTitle = s.changes.find((c) => c.rule === 'manager-title')!;
    expect(answer.diff.map((d) => d.text)).toEqual(expect.arrayContaining([`Scoring: points of "manager-title" ${managerTitle.from} → ${managerTitle.to}`]));
    const stored = JSON.parse(env.crm().get('companies', programId)!.properties.ma_definition_sets!);
    expect(stored.current.version).toBe(current.version);
    expect(stored.current.log.at(-1)).toMatchObject({ action: 'edited' });
  });

  it('refuses a stale revision, a non-admin, and a suggestion that is not one, naming each', async () => {
    const programId = seedHistory(env.crm(), 80);
    const proposal = { model: b2b.program.model, threshold: { to: 60 } };
    expect(failure(await call('ma-draft-from-suggestion', { companyId: programId, suggestion: proposal, expectedRevision: 3 })).code).toBe('stale');
    const rep = env.crm().addUser('rep');
    expect(failure(await call('ma-draft-from-suggestion', { companyId: programId, suggestion: proposal, expectedRevision: 4 }, rep.token)).code).toBe('forbidden');
    expect(failure(await call('ma-draft-from-suggestion', { companyId: programId, suggestion: { model: { fit: [{ id: 'x' }] }, threshold: { to: 60 } }, expectedRevision: 4 }))).toMatchObject({
      code: 'invalid-input',
    });
    expect(failure(await call('ma-draft-from-suggestion', { companyId: programId, suggestion: { model: b2b.program.model }, expectedRevision: 4 }))).toMatchObject({
      code: 'invalid-input',
      field: 'suggestion.threshold',
    });
    expect(writes(env.crm())).toEqual([]);
  });
});
