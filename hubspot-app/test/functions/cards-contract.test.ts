// The other side of the contract: what the real functions answer (through
// the real API client and the stand-in) is accepted by the cards' own
// parsers, so a drift between FUNCTIONS.md, the functions and the cards
// fails here rather than in a portal.
import { parseProgramView } from '../../src/app/cards/program';
import { parseTaskList } from '../../src/app/cards/planTasks';
import { parseFunnel } from '../../src/app/cards/useFunnelData';
import { call, okValue, useCrm } from './harness';

const answers = (checked: number[]) => Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), checked.includes(i + 1)]));

describe('function answers as the cards parse them', () => {
  const env = useCrm();

  it('ma-load-program after a diagnosis and definitions', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    okValue(await call('ma-save-diagnosis', { companyId, input: { answers: answers([1, 2, 3]) }, takenBy: 'x', expectedRevision: 0 }));
    okValue(await call('ma-save-definitions', { companyId, templateId: 'b2b-standard', expectedRevision: 1 }));
    const parsed = parseProgramView(okValue(await call('ma-load-program', { companyId })));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.revision).toBe(2);
    expect(parsed.data.diagnoses).toHaveLength(1);
    expect(parsed.data.definitions.current).not.toBeNull();
  });

  it('ma-list-plan-tasks after ma-create-plan-tasks', async () => {
    const { id: companyId } = env.crm().seed('companies', { name: 'A' });
    okValue(await call('ma-save-diagnosis', { companyId, input: { answers: answers([1]) }, takenBy: 'x', expectedRevision: 0 }));
    okValue(await call('ma-create-plan-tasks', { companyId, start: '2026-12-01' }));
    const parsed = parseTaskList(okValue(await call('ma-list-plan-tasks', { companyId })));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.length).toBeGreaterThan(0);
  });

  it('ma-funnel-kpis', async () => {
    env.crm().seed('contacts', { ma_mql_at: '2026-11-02T01:00:00.000Z', ma_sal_at: '2026-11-02T01:30:00.000Z' });
    const parsed = parseFunnel(okValue(await call('ma-funnel-kpis', { asOf: '2026-11-27T00:00:00.000Z' })));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.kpis.mql).toBe(1);
    expect(parsed.data.contacts).toBe(1);
  });
});
