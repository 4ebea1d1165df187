// Sign-off that binds, through the real functions and API client against the
// stand-in: who signs is who HubSpot says is calling, only for a department
// the program maps them to; concurrent signers lose nothing, and one who
// loses a race is told so.
import { Client } from '@hubspot/api-client';
import { signDefinitionSet, type DefinitionSet } from '@ma-maturity/shared-core';
import { call, failure, okValue, useCrm, type FnAnswer } from './harness';
import { withSigners } from './signers';

interface Answer {
  revision: number;
  definitions: { current: DefinitionSet; inForce: DefinitionSet | null };
  signOff: { signed: string[]; missing: string[] };
}

describe('ma-sign-definitions: who signs', () => {
  const env = useCrm();

  async function inReview(signers?: Record<string, string[]>) {
    const program = await withSigners(env.crm(), signers);
    const created = okValue(await call<Answer>('ma-save-definitions', { companyId: program.companyId, templateId: 'b2b-standard', expectedRevision: program.revision }));
    const submitted = okValue(await call<Answer>('ma-submit-definitions', { companyId: program.companyId, version: 1, expectedRevision: created.revision }));
    return { ...program, revision: submitted.revision };
  }

  it('signs as the user HubSpot names, whatever name the card sends', async () => {
    const { companyId, tokens } = await inReview();
    const signed = okValue(await call<Answer>('ma-sign-definitions', { companyId, role: 'sales', version: 1, by: '社長', comment: 'BANT で合意' }, tokens.sota));
    const signature = signed.definitions.current.signatures[0]!;
    expect(signature).toMatchObject({ role: 'sales', by: 'sota@example.com', version: 1, comment: 'BANT で合意' });
    expect(signed.signOff).toEqual({ signed: ['sales'], missing: ['marketing', 'insideSales'] });
    // Stored in the sales property only; the set itself is not written by a signer.
    const company = env.crm().get('companies', companyId)!;
    expect(JSON.parse(company.properties.ma_signoff_sales!)).toMatchObject({ role: 'sales', by: 'sota@example.com' });
    expect(company.properties.ma_signoff_marketing ?? null).toBeNull();
    expect(JSON.parse(company.properties.ma_definition_sets!).current.signatures).toEqual([]);
  });

  it('refuses a department the user does not hold, and a user the program does not map, writing nothing', async () => {
    const { companyId, tokens } = await inReview();
    const outsider = env.crm().addUser('guest');
    const writesBefore = env.crm().requests.filter((r) => r.method === 'PATCH').length;
    const wrong = failure(await call('ma-sign-definitions', { companyId, role: 'marketing', version: 1, lang: 'en' }, tokens.sota));
    expect(wrong).toMatchObject({ code: 'forbidden', field: 'role' });
    expect(wrong.message).toContain('sota@example.com does not sign for Marketing');
    const unmapped = failure(await call('ma-sign-definitions', { companyId, role: 'sales', version: 1 }, outsider.token));
    expect(unmapped).toMatchObject({ code: 'forbidden', field: 'role' });
    // Not even the portal's super admin signs for a department the mapping does not give them.
    const admin = failure(await call('ma-sign-definitions', { companyId, role: 'sales', version: 1 }));
    expect(admin.code).toBe('forbidden');
    expect(env.crm().requests.filter((r) => r.method === 'PATCH').length).toBe(writesBefore);
  });

  it('refuses to sign, or to change the definitions, when HubSpot names no user (the app token)', async () => {
    const { companyId } = await inReview();
    const appToken = env.crm().addUser('app', { userLevel: false });
    const sign = failure(await call('ma-sign-definitions', { companyId, role: 'sales', version: 1, lang: 'en' }, appToken.token));
    expect(sign.code).toBe('forbidden');
    expect(sign.message).toContain('HubSpot did not say which user is doing this');
    const edit = failure(await call('ma-save-definitions', { companyId, templateId: 'b2b-standard', expectedRevision: 3 }, appToken.token));
    expect(edit.code).toBe('forbidden');
  });

  it('lets a user who holds two departments sign each once', async () => {
    const { companyId, tokens } = await inReview({ ren: ['insideSales', 'marketing'], sota: ['sales'] });
    okValue(await call('ma-sign-definitions', { companyId, role: 'marketing', version: 1 }, tokens.ren));
    okValue(await call('ma-sign-definitions', { companyId, role: 'insideSales', version: 1 }, tokens.ren));
    const again = failure(await call('ma-sign-definitions', { companyId, role: 'marketing', version: 1 }, tokens.ren));
    expect(again).toMatchObject({ code: 'conflict', field: 'role' });
    const last = okValue(await call<Answer>('ma-sign-definitions', { companyId, role: 'sales', version: 1 }, tokens.sota));
    expect(last.definitions.current.state).toBe('agreed');
    expect(last.definitions.inForce!.version).toBe(1);
  });

  it('tells ma-current-user what the caller may sign', async () => {
    const { companyId, tokens } = await inReview({ ren: ['insideSales', 'marketing'], sota: ['sales'] });
    okValue(await call('ma-sign-definitions', { companyId, role: 'marketing', version: 1 }, tokens.ren));
    const ren = okValue(await call<Record<string, unknown>>('ma-current-user', { companyId }, tokens.ren));
    expect(ren).toMatchObject({ by: 'ren@example.com', admin: false, departments: ['insideSales', 'marketing'], signable: ['insideSales'] });
    const admin = okValue(await call<Record<string, unknown>>('ma-current-user', { companyId }));
    expect(admin).toMatchObject({ by: 'admin@example.com', admin: true, departments: [], signable: [] });
  });
});

describe('ma-sign-definitions: concurrent signers', () => {
  const env = useCrm();

  async function inReview(signers: Record<string, string[]>) {
    const program = await withSigners(env.crm(), signers);
    const created = okValue(await call<Answer>('ma-save-definitions', { companyId: program.companyId, templateId: 'b2b-standard', expectedRevision: program.revision }));
    okValue(await call('ma-submit-definitions', { companyId: program.companyId, version: 1, expectedRevision: created.revision }));
    // Every request now waits before it is served, so the three reads land before any write.
    env.crm().latencyMs = 25;
    return program;
  }

  it('keeps all three signatures fired at once and derives the agreement from them', async () => {
    const { companyId, tokens } = await inReview({ mika: ['marketing'], ren: ['insideSales'], sota: ['sales'] });
    const answers = await Promise.all([
      call<Answer>('ma-sign-definitions', { companyId, role: 'marketing', version: 1 }, tokens.mika),
      call<Answer>('ma-sign-definitions', { companyId, role: 'insideSales', version: 1 }, tokens.ren),
      call<Answer>('ma-sign-definitions', { companyId, role: 'sales', version: 1 }, tokens.sota),
    ]);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
    env.crm().latencyMs = 0;
    const view = okValue(await call<{ definitions: Answer['definitions'] }>('ma-load-program', { companyId }));
    expect(view.definitions.current.state).toBe('agreed');
    expect(view.definitions.current.signatures.map((s) => s.by).sort()).toEqual(['mika@example.com', 'ren@example.com', 'sota@example.com']);
    expect(view.definitions.inForce!.version).toBe(1);
  });

  it('loses a signature with the old design (the set read, signed and written back under a revision check)', async () => {
    const { companyId } = await inReview({ mika: ['marketing'], ren: ['insideSales'], sota: ['sales'] });
    const crm = new Client({ accessToken: env.crm().token, basePath: process.env.MA_CRM_BASE_PATH, numberOfApiCallRetries: 0 });
    // The design before: read the set and the revision, sign it with the core, write the whole set back if the revision is unchanged.
    const oldSign = async (role: string, by: string): Promise<boolean> => {
      const company = await crm.crm.companies.basicApi.getById(companyId, ['ma_definition_sets', 'ma_revision']);
      const sets = JSON.parse(company.properties.ma_definition_sets!);
      const signed = signDefinitionSet(sets.current, { role: role as never, by, at: new Date().toISOString(), version: 1 });
      if (!signed.ok) return false;
      const revision = Number(company.properties.ma_revision);
      await crm.crm.companies.basicApi.update(companyId, {
        properties: { ma_definition_sets: JSON.stringify({ ...sets, current: signed.value }), ma_revision: String(revision + 1) },
      });
      return true;
    };
    const answered = await Promise.all([oldSign('marketing', 'mika'), oldSign('insideSales', 'ren'), oldSign('sales', 'sota')]);
    expect(answered).toEqual([true, true, true]);
    const stored = JSON.parse(env.crm().get('companies', companyId)!.properties.ma_definition_sets!);
    expect(stored.current.signatures.length).toBeLessThan(3);
  });

  it('counts one of two same-department signers fired at once and tells the other one, naming who was first', async () => {
    const { companyId, tokens } = await inReview({ mika: ['marketing'], kai: ['marketing'] });
    const [mika, kai] = await Promise.all([
      call<Answer>('ma-sign-definitions', { companyId, role: 'marketing', version: 1, lang: 'en' }, tokens.mika),
      call<Answer>('ma-sign-definitions', { companyId, role: 'marketing', version: 1, lang: 'en' }, tokens.kai),
    ]);
    const outcomes = [mika!, kai!];
    const won = outcomes.filter((a) => a.ok) as Extract<FnAnswer<Answer>, { ok: true }>[];
    const lost = outcomes.filter((a) => !a.ok) as Extract<FnAnswer<Answer>, { ok: false }>[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0]!.value.definitions.current.signatures.find((s) => s.role === 'marketing')!.by;
    expect(lost[0]!.error).toMatchObject({ code: 'conflict', field: 'role' });
    expect(lost[0]!.error.message).toContain(`${winner} signed for Marketing at the same moment and was recorded first`);
    // Both values are kept in the property's history; the one HubSpot stored first counts.
    expect(env.crm().historyOf('companies', companyId, 'ma_signoff_marketing')).toHaveLength(2);
    env.crm().latencyMs = 0;
    const view = okValue(await call<{ definitions: Answer['definitions'] }>('ma-load-program', { companyId }));
    expect(view.definitions.current.signatures.map((s) => s.by)).toEqual([winner]);
  });

  it('tells a signer whose version was replaced while they signed', async () => {
    const { companyId, tokens } = await inReview({ mika: ['marketing'], sota: ['sales'] });
    env.crm().latencyMs = 0;
    const read = okValue(await call<Answer & { revision: number }>('ma-load-program', { companyId }));
    const stages = { ...read.definitions.current.stages, sal: { ...read.definitions.current.stages.sal, acceptWithinHours: 8 } };
    env.crm().latencyMs = 25;
    const [signed, edited] = await Promise.all([
      call('ma-sign-definitions', { companyId, role: 'sales', version: 1, lang: 'en' }, tokens.sota),
      call('ma-save-definitions', { companyId, stages, expectedRevision: read.revision }),
    ]);
    expect(edited!.ok).toBe(true);
    expect(failure(signed!)).toMatchObject({ code: 'stale', field: 'version' });
    expect(failure(signed!).message).toContain('the definitions became version 2 while you signed');
  });
});
