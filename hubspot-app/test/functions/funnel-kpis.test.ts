import { DEFAULT_HANDOFF_RULES } from '@ma-maturity/shared-core';
import { call, failure, okValue, useCrm } from './harness';

interface Kpis {
  kpis: {
    mql: number; sal: number; sql: number; opportunities: number; won: number; salRejected: number;
    mqlToSqlRate: number | null; opportunityRate: number | null; winRate: number | null; slaMet: number;
    byMonth: { month: string; mql: number }[];
    byDefinitionVersion: { version: number; mql: number }[];
    bySource: { source: string; mql: number }[];
    salRejectionsByReason: { reason: string; count: number }[];
  };
  contacts: number;
  truncated: boolean;
}

const at = (day: number, minutes = 0) => new Date(Date.parse(`2026-10-${String(day).padStart(2, '0')}T01:00:00.000Z`) + minutes * 60000).toISOString();

describe('ma-funnel-kpis', () => {
  const env = useCrm();

  /** 250 MQLs over two months (more than one search page), 10 contacts that never became MQL. */
  function seedFunnel() {
    for (let i = 0; i < 250; i++) {
      const p: Record<string, string> = { ma_mql_at: at(1 + (i % 28)), hs_analytics_source: i % 2 === 0 ? 'ORGANIC_SEARCH' : 'PAID_SEARCH' };
      if (i >= 200) p.ma_mql_at = `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T01:00:00.000Z`;
      p.ma_definition_version = i < 150 ? '1' : '2';
      if (i < 100) Object.assign(p, { ma_first_touch_at: at(1 + (i % 28), 30), ma_sal_at: at(1 + (i % 28), 30) });
      if (i < 40) p.ma_sql_at = at(1 + (i % 28), 600);
      if (i < 20) p.ma_opportunity_at = at(1 + (i % 28), 1200);
      if (i < 5) p.ma_won_at = at(1 + (i % 28), 3000);
      if (i >= 100 && i < 112) Object.assign(p, { ma_sal_rejected_at: at(1 + (i % 28), 90), ma_reject_reason: i < 108 ? 'not-icp' : 'duplicate' });
      env.crm().seed('contacts', p);
    }
    for (let i = 0; i < 10; i++) env.crm().seed('contacts', { email: `n${i}@example.jp` });
  }

  it('counts the funnel over every page of the CRM search (hand-counted figures)', async () => {
    seedFunnel();
    const { kpis, contacts, truncated } = okValue(await call<Kpis>('ma-funnel-kpis', { asOf: '2026-11-27T00:00:00.000Z' }));
    expect(contacts).toBe(250);
    expect(truncated).toBe(false);
    expect(kpis).toMatchObject({ mql: 250, sal: 100, sql: 40, opportunities: 20, won: 5, salRejected: 12, slaMet: 100 });
    expect(kpis.mqlToSqlRate).toBeCloseTo(40 / 250);
    expect(kpis.opportunityRate).toBeCloseTo(20 / 250);
    expect(kpis.winRate).toBeCloseTo(5 / 20);
    expect(Object.fromEntries(kpis.byMonth.map((m) => [m.month, m.mql]))).toEqual({ '2026-09': 50, '2026-10': 200 });
    expect(Object.fromEntries(kpis.byDefinitionVersion.map((v) => [v.version, v.mql]))).toEqual({ 1: 150, 2: 100 });
    expect(Object.fromEntries(kpis.bySource.map((s) => [s.source, s.mql]))).toEqual({ ORGANIC_SEARCH: 125, PAID_SEARCH: 125 });
    expect(Object.fromEntries(kpis.salRejectionsByReason.map((r) => [r.reason, r.count]))).toEqual({ 'not-icp': 8, duplicate: 4 });

    const searches = env.crm().requests.filter((r) => r.path === '/crm/v3/objects/contacts/search');
    expect(searches).toHaveLength(2);
    expect((searches[0]!.body as { filterGroups: unknown }).filterGroups).toEqual([{ filters: [{ propertyName: 'ma_mql_at', operator: 'HAS_PROPERTY' }] }]);
    expect((searches[1]!.body as { after: string }).after).toBe('200');
  });

  it('stops at maxContacts and says the funnel is truncated', async () => {
    seedFunnel();
    const capped = okValue(await call<Kpis>('ma-funnel-kpis', { asOf: '2026-11-27T00:00:00.000Z', maxContacts: 200 }));
    expect(capped.contacts).toBe(200);
    expect(capped.truncated).toBe(true);
    expect(capped.kpis.mql).toBe(200);
  });

  it('limits the funnel to one program, measured against its agreed SLA, and answers an empty funnel with null rates', async () => {
    const program = (minutes: number) => JSON.stringify({ scoringModel: null, handoffRules: { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: minutes }, fieldMapping: {} });
    env.crm().seed('companies', { name: 'A', ma_program: program(15) }, '777');
    env.crm().seed('companies', { name: 'B' }, '999');
    // Touched 20 minutes after MQL: within the core's default 60, outside the program's agreed 15.
    env.crm().seed('contacts', { ma_mql_at: at(3), ma_program_id: '777', ma_first_touch_at: at(3, 20), ma_sal_at: at(3, 20) });
    env.crm().seed('contacts', { ma_mql_at: at(4), ma_program_id: '888' });
    const one = okValue(await call<Kpis>('ma-funnel-kpis', { programCompanyId: '777', asOf: '2026-11-27T00:00:00.000Z' }));
    expect(one.kpis).toMatchObject({ mql: 1, sal: 1, slaMinutes: 15, slaCompliance: 0 });
    const overridden = okValue(await call<Kpis>('ma-funnel-kpis', { programCompanyId: '777', slaMinutes: 30, asOf: '2026-11-27T00:00:00.000Z' }));
    expect(overridden.kpis).toMatchObject({ slaMinutes: 30, slaCompliance: 1 });
    const none = okValue(await call<Kpis>('ma-funnel-kpis', { programCompanyId: '999', asOf: '2026-11-27T00:00:00.000Z' }));
    expect(none.kpis).toMatchObject({ mql: 0, mqlToSqlRate: null, winRate: null });
  });

  it('names a bad asOf and maps a search failure to crm-error', async () => {
    expect(failure(await call('ma-funnel-kpis', { asOf: 'last month' })).field).toBe('asOf');
    env.crm().failNext('POST', /contacts\/search$/, 500, { status: 'error', category: 'INTERNAL_ERROR', message: 'boom' });
    expect(failure(await call('ma-funnel-kpis', {})).code).toBe('crm-error');
  });
});
