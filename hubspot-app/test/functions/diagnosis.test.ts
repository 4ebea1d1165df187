import { call, failure, okValue, useCrm } from './harness';

const answers = (checked: number[]) => Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), checked.includes(i + 1)]));

interface Saved {
  revision: number;
  record: { id: string; takenAt: string; takenBy: string; level: number; checkedCount: number; answers: Record<string, boolean> };
  diagnosis: { level: number; checkedCount: number; trend?: { points: unknown[]; levelChange: number }; gaps: number[] };
}

describe('ma-save-diagnosis', () => {
  const env = useCrm();

  it('stores the diagnosis in the history, sets ma_level, and fills the trend from the stored history', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const first = okValue(await call<Saved>('ma-save-diagnosis', { companyId: company.id, input: { answers: answers([1, 2, 3]) }, takenBy: '山田', expectedRevision: 0 }));
    expect(first.revision).toBe(1);
    // Who took it is the token's user, not the name the card sent.
    expect(first.record).toMatchObject({ takenBy: 'admin@example.com', checkedCount: 3, level: first.diagnosis.level });
    expect(first.diagnosis.trend).toBeUndefined();
    const stored = env.crm().get('companies', company.id)!.properties;
    expect(JSON.parse(stored.ma_diagnoses!)).toHaveLength(1);
    expect(stored.ma_level).toBe(String(first.diagnosis.level));

    const second = okValue(
      await call<Saved>('ma-save-diagnosis', { companyId: company.id, input: { answers: answers([1, 2, 3, 4, 5, 6]) }, takenBy: '佐藤', expectedRevision: 1 }),
    );
    expect(second.revision).toBe(2);
    expect(second.diagnosis.trend!.points).toHaveLength(2);
    expect(second.diagnosis.trend!.levelChange).toBe(second.diagnosis.level - first.diagnosis.level);
    const history = JSON.parse(env.crm().get('companies', company.id)!.properties.ma_diagnoses!);
    expect(history.map((r: { takenBy: string }) => r.takenBy)).toEqual(['admin@example.com', 'admin@example.com']);

    const view = okValue(await call<{ diagnoses: unknown[] }>('ma-load-program', { companyId: company.id }));
    expect(view.diagnoses).toEqual(history);
  });

  it('keeps several respondents and their consensus', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const respondents = [
      { role: 'marketing', answers: answers([1, 2, 3, 4]) },
      { role: 'insideSales', answers: answers([1, 2]) },
      { role: 'sales', answers: answers([1, 2, 3]) },
    ];
    const saved = okValue(await call<Saved>('ma-save-diagnosis', { companyId: company.id, input: { respondents }, takenBy: 'team', expectedRevision: 0 }));
    expect(saved.record.answers['3']).toBe(true);
    expect(saved.record.answers['4']).toBe(false);
    const history = JSON.parse(env.crm().get('companies', company.id)!.properties.ma_diagnoses!);
    expect(history[0].respondents).toHaveLength(3);
  });

  it('refuses a stale save', async () => {
    const company = env.crm().seed('companies', { name: 'A', ma_revision: '5' });
    const error = failure(await call('ma-save-diagnosis', { companyId: company.id, input: { answers: answers([1]) }, takenBy: 'x', expectedRevision: 4 }));
    expect(error.code).toBe('stale');
    expect(env.crm().get('companies', company.id)!.properties.ma_diagnoses).toBeUndefined();
  });

  it('records who HubSpot says is calling as the taker, whatever name the card sends; a token naming nobody is refused and nothing is stored', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const member = env.crm().addUser('sato');
    const saved = okValue(await call<Saved>('ma-save-diagnosis', { companyId: company.id, input: { answers: answers([1]) }, takenBy: '社長', expectedRevision: 0 }, member.token));
    expect(saved.record.takenBy).toBe('sato@example.com');
    const app = env.crm().addUser('app', { userLevel: false });
    const refused = failure(await call('ma-save-diagnosis', { companyId: company.id, input: { answers: answers([1, 2]) }, expectedRevision: saved.revision }, app.token));
    expect(refused.code).toBe('forbidden');
    expect(JSON.parse(env.crm().get('companies', company.id)!.properties.ma_diagnoses!)).toHaveLength(1);
  });

  it('names the answer that is not a checklist item', async () => {
    const company = env.crm().seed('companies', { name: 'A' });
    const badItem = failure(await call('ma-save-diagnosis', { companyId: company.id, input: { answers: { '16': true } }, takenBy: 'x', expectedRevision: 0, lang: 'en' }));
    expect(badItem.code).toBe('invalid-input');
    expect(badItem.field).toBe('input.answers.16');
    expect(badItem.message).toContain('input.answers.16');
  });
});
