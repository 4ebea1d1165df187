// ma-backtest-model: a proposed scoring model against the program's past
// leads (the contacts the server evaluated, with their deal outcomes), side
// by side with the stored model, before anything is saved.
import { call, failure, okValue, useCrm } from './harness';
import { golden, seedAgreedProgram } from './programs';

const b2b = golden.programs.b2b!;

interface Comparison {
  before: { leads: number; opportunities: number; mql: { count: number } };
  after: { leads: number; mql: { count: number } };
  delta: { mql: number };
  movement: { becameMql: number; leftMql: number };
}

describe('ma-backtest-model', () => {
  const env = useCrm();

  function seedHistory() {
    const crm = env.crm();
    const programId = seedAgreedProgram(crm, b2b);
    const company = crm.seed('companies', { numberofemployees: '1200', industry: 'manufacturing' });
    for (let i = 0; i < 12; i += 1) {
      const manager = i < 6;
      const contact = crm.seed('contacts', {
        jobtitle: manager ? '営業部長' : '担当',
        ma_evaluated_at: '2026-11-01T00:00:00.000Z',
        ...(manager ? { ma_opportunity_at: '2026-11-10T00:00:00.000Z' } : {}),
      });
      crm.associate('contacts', contact.id, 'companies', company.id, 1, 'Primary');
    }
    // Never evaluated: not part of the history.
    crm.seed('contacts', { jobtitle: '営業部長' });
    return programId;
  }

  it('compares the stored model with the proposed one on the evaluated contacts and writes nothing', async () => {
    const programId = seedHistory();
    // Fit alone: 45 for a manager of a large manufacturer, 35 for the others. The stored MQL threshold is 50; the proposal lowers it to 40.
    const proposed = { ...(b2b.program.model as object), thresholds: { mql: 40 } };
    const answer = okValue(await call<{ comparison: Comparison; contacts: number; truncated: boolean }>('ma-backtest-model', { companyId: programId, model: proposed }));
    expect(answer.contacts).toBe(12);
    expect(answer.truncated).toBe(false);
    expect(answer.comparison.before).toMatchObject({ leads: 12, opportunities: 6, mql: { count: 0 } });
    expect(answer.comparison.after.mql.count).toBe(6);
    expect(answer.comparison.movement).toMatchObject({ becameMql: 6, leftMql: 0 });
    expect(env.crm().requests.filter((r) => r.method === 'PATCH' || r.path.endsWith('/batch/update'))).toEqual([]);
  });

  it('names the field of a broken proposal, and is for program admins only', async () => {
    const programId = seedHistory();
    const broken = failure(await call('ma-backtest-model', { companyId: programId, model: { fit: [{ id: 'x', points: 'ten' }] } }));
    expect(broken).toMatchObject({ code: 'invalid-input', field: 'model.fit[0].points' });
    const rep = env.crm().addUser('rep');
    expect(failure(await call('ma-backtest-model', { companyId: programId, model: b2b.program.model }, rep.token)).code).toBe('forbidden');
  });
});
