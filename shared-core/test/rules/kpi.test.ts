import { funnelKpis } from '../../src/rules';
import { issuesOf, valueOf } from './helpers';

const AS_OF = '2026-11-27T00:00:00Z';

describe('funnelKpis', () => {
  it('gives null rates (never NaN) when there is nothing to divide by', () => {
    const r = valueOf(funnelKpis({ leads: [] }, { asOf: AS_OF }));
    expect(r).toMatchObject({
      mql: 0,
      sal: 0,
      sql: 0,
      opportunities: 0,
      won: 0,
      mqlToSqlRate: null,
      opportunityRate: null,
      winRate: null,
      slaCompliance: null,
      medianMinutesToFirstTouch: null,
      bySource: [],
      byMonth: [],
      byDefinitionVersion: [],
      salRejectionsByReason: [],
    });
    const noOpportunities = valueOf(funnelKpis({ leads: [{ id: 'a', mqlAt: '2026-11-01' }] }, { asOf: AS_OF }));
    expect(noOpportunities.winRate).toBeNull();
    expect(noOpportunities.opportunityRate).toBe(0);
  });

  it('counts the funnel and its rates (商談化率 = opportunities / MQL, 受注率 = won / opportunities)', () => {
    const leads = [
      { id: '1', mqlAt: '2026-11-01T00:00Z', sqlAt: '2026-11-03', opportunityAt: '2026-11-04', wonAt: '2026-11-20' },
      { id: '2', mqlAt: '2026-11-01T00:00Z', sqlAt: '2026-11-03', opportunityAt: '2026-11-04' },
      { id: '3', mqlAt: '2026-11-01T00:00Z', salAt: '2026-11-02' },
      { id: '4', mqlAt: '2026-11-01T00:00Z' },
    ];
    const r = valueOf(funnelKpis({ leads }, { asOf: AS_OF }));
    expect(r).toMatchObject({ mql: 4, sal: 1, sql: 2, opportunities: 2, won: 1, mqlToSqlRate: 0.5, opportunityRate: 0.5, winRate: 0.5 });
  });

  it('measures SLA compliance: touched in time, late, untouched past SLA, pending left out', () => {
    const leads = [
      { id: 'on-time', mqlAt: '2026-11-26T10:00:00Z', firstTouchAt: '2026-11-26T11:00:00Z' }, // exactly 60 minutes
      { id: 'late', mqlAt: '2026-11-26T10:00:00Z', firstTouchAt: '2026-11-26T11:00:01Z' },
      { id: 'untouched', mqlAt: '2026-11-26T22:59:00Z' }, // 61 minutes before asOf
      { id: 'pending', mqlAt: '2026-11-26T23:00:00Z' }, // exactly 60 minutes before asOf: still inside
      { id: 'touched-later', mqlAt: '2026-11-26T23:30:00Z', firstTouchAt: '2026-11-27T00:10:00Z' }, // the touch is after asOf
    ];
    const r = valueOf(funnelKpis({ leads }, { asOf: AS_OF }));
    expect([r.slaMet, r.slaBreached, r.slaPending]).toEqual([1, 2, 2]);
    expect(r.slaCompliance).toBe(1 / 3);
    expect(r.medianMinutesToFirstTouch).toBeCloseTo((60 + 60 + 1 / 60) / 2, 12);
    const wide = valueOf(funnelKpis({ leads }, { asOf: AS_OF, slaMinutes: 120 }));
    expect([wide.slaMet, wide.slaBreached, wide.slaPending]).toEqual([2, 0, 3]);
  });

  it('splits the wait: system delay (MQL to assignment) and rep response (assignment to first touch)', () => {
    const leads = [
      { id: 'a', mqlAt: '2026-11-20T09:00:00Z', assignedAt: '2026-11-20T09:30:00Z', firstTouchAt: '2026-11-20T09:40:00Z' },
      { id: 'b', mqlAt: '2026-11-20T09:00:00Z', assignedAt: '2026-11-20T09:02:00Z', firstTouchAt: '2026-11-20T10:02:00Z' },
      { id: 'c', mqlAt: '2026-11-20T09:00:00Z', assignedAt: '2026-11-20T09:04:00Z' },
      { id: 'd', mqlAt: '2026-11-20T09:00:00Z', assignedAt: '2026-11-28T09:04:00Z' },
    ];
    const r = valueOf(funnelKpis({ leads }, { asOf: AS_OF }));
    expect(r.medianSystemDelayMinutes).toBe(4);
    expect(r.medianRepResponseMinutes).toBe((10 + 60) / 2);
    expect(valueOf(funnelKpis({ leads: [] }, { asOf: AS_OF })).medianSystemDelayMinutes).toBeNull();
  });

  it('ignores dates after asOf (they have not happened yet)', () => {
    const r = valueOf(funnelKpis({ leads: [{ id: 'x', mqlAt: '2026-11-20', sqlAt: '2026-11-28', wonAt: '2026-12-01' }, { id: 'y', mqlAt: '2026-12-01' }] }, { asOf: AS_OF }));
    expect([r.mql, r.sql, r.won]).toEqual([1, 0, 0]);
  });

  it('gives the same figures per source, per month of MQL and per definition version', () => {
    const leads = [
      { id: '1', source: 'webinar', definitionVersion: 1, mqlAt: '2026-10-05', opportunityAt: '2026-10-20' },
      { id: '2', source: 'webinar', definitionVersion: 2, mqlAt: '2026-11-05' },
      { id: '3', source: 'website', definitionVersion: 2, mqlAt: '2026-11-06', opportunityAt: '2026-11-10', wonAt: '2026-11-25' },
      { id: '4', mqlAt: '2026-11-07' },
      { id: '5', source: 'website' },
    ];
    const r = valueOf(funnelKpis(leads, { asOf: AS_OF }));
    expect(r.bySource.map((s) => [s.source, s.mql, s.opportunities, s.opportunityRate])).toEqual([
      ['(none)', 1, 0, 0],
      ['webinar', 2, 1, 0.5],
      ['website', 1, 1, 1],
    ]);
    expect(r.byMonth.map((m) => [m.month, m.mql, m.opportunities])).toEqual([
      ['2026-10', 1, 1],
      ['2026-11', 3, 1],
    ]);
    expect(r.byDefinitionVersion.map((v) => [v.version, v.mql, v.opportunityRate, v.winRate])).toEqual([
      [1, 1, 1, 0],
      [2, 2, 0.5, 1],
    ]);
  });

  it('counts SAL rejections by reason, with the reason group', () => {
    const leads = [
      { id: '1', mqlAt: '2026-11-01', salRejectedAt: '2026-11-02', rejectReason: 'duplicate' },
      { id: '2', mqlAt: '2026-11-01', salRejectedAt: '2026-11-02', rejectReason: 'no-need' },
      { id: '3', mqlAt: '2026-11-01', salRejectedAt: '2026-11-02', rejectReason: 'duplicate' },
      { id: '4', mqlAt: '2026-11-01', salRejectedAt: '2026-11-02' },
      { id: '5', mqlAt: '2026-11-01', salRejectedAt: '2026-11-30', rejectReason: 'no-need' },
    ];
    expect(valueOf(funnelKpis({ leads }, { asOf: AS_OF })).salRejectionsByReason).toEqual([
      { reason: 'duplicate', group: 'clerical', count: 2 },
      { reason: 'no-need', group: 'definitional', count: 1 },
      { reason: 'unspecified', group: null, count: 1 },
    ]);
  });

  it('refuses bad input by path', () => {
    const issues = issuesOf(funnelKpis({ leads: [{ id: 'a', mqlAt: 'yesterday' }, { mqlAt: '2026-11-01', definitionVersion: 1.5 }] }, { asOf: 'now', slaMinutes: 0 }));
    expect(issues.map((i) => i.path)).toEqual(['leads[0].mqlAt', 'leads[1].id', 'leads[1].definitionVersion', 'asOf', 'slaMinutes']);
  });
});
