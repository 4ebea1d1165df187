import { newDefinitionSet, stageOf } from '../../src';
import { issuesOf, valueOf } from './helpers';

const set = valueOf(newDefinitionSet('b2b-standard', { id: 'p', by: 'x', at: '2026-11-01T00:00:00Z' }));
const AS_OF = '2026-11-27T00:00:00Z';
const bant = { budget: 'allocated', authority: 'decision-maker', need: true, timeline: 'within-3-months', phone: '03', company: 'A' };

describe('stageOf', () => {
  it('is a lead when the MQL criteria fail, with each criterion explained', () => {
    const r = valueOf(stageOf({ id: 'L1', score: { total: 65, grade: 'A' } }, set, AS_OF, { lang: 'en' }));
    expect(r.stage).toBe('lead');
    expect(r.definitionVersion).toBe(1);
    expect(r.decidedBy[0]).toEqual({
      stage: 'mql',
      passed: false,
      recordedAt: null,
      criteria: [
        { field: 'score', op: 'gte', value: 70, actual: 65, passed: false },
        { field: 'grade', op: 'in', value: ['A', 'B'], actual: 'A', passed: true },
      ],
      description: 'Score of 70 or more and grade A or B.',
    });
  });

  it('is an MQL by its criteria, or by a recorded mqlAt', () => {
    expect(valueOf(stageOf({ score: { total: 70, grade: 'B' } }, set, AS_OF)).stage).toBe('mql');
    expect(valueOf(stageOf({ mqlAt: '2026-11-20T00:00:00Z', score: { total: 10, grade: 'D' } }, set, AS_OF)).stage).toBe('mql');
  });

  it('is SAL once inside sales accepted, with the window checked', () => {
    const r = valueOf(stageOf({ mqlAt: '2026-11-20T00:00:00Z', salAt: '2026-11-21T00:00:00Z' }, set, AS_OF));
    expect(r.stage).toBe('sal');
    expect(r.decidedBy[1]).toMatchObject({ stage: 'sal', passed: true, withinWindow: true, recordedAt: '2026-11-21T00:00:00.000Z' });
    const late = valueOf(stageOf({ mqlAt: '2026-11-20T00:00:00Z', salAt: '2026-11-21T00:00:01Z' }, set, AS_OF));
    expect(late.decidedBy[1]?.withinWindow).toBe(false);
  });

  it('is SQL by a recorded sqlAt, or after SAL when the SQL criteria pass', () => {
    expect(valueOf(stageOf({ sqlAt: '2026-11-25T00:00:00Z' }, set, AS_OF)).stage).toBe('sql');
    expect(valueOf(stageOf({ mqlAt: '2026-11-20', salAt: '2026-11-20T05:00', fields: bant }, set, AS_OF)).stage).toBe('sql');
    // Without SAL the criteria alone do not make an SQL.
    expect(valueOf(stageOf({ mqlAt: '2026-11-20', fields: bant }, set, AS_OF)).stage).toBe('mql');
    const partial = valueOf(stageOf({ mqlAt: '2026-11-20', salAt: '2026-11-20T05:00', fields: { ...bant, need: false } }, set, AS_OF));
    expect(partial.stage).toBe('sal');
    expect(partial.decidedBy[2]?.criteria.find((c) => c.field === 'need')).toEqual({ field: 'need', op: 'eq', value: true, actual: false, passed: false });
  });

  it('is rejected when inside sales rejected after (or without) accepting, with the reason in words', () => {
    const r = valueOf(stageOf({ mqlAt: '2026-11-20', salRejectedAt: '2026-11-20T03:00', rejectReason: 'duplicate' }, set, AS_OF, { lang: 'ja' }));
    expect(r.stage).toBe('rejected');
    expect(r.decidedBy.at(-1)).toMatchObject({ stage: 'rejected', passed: true, description: '重複リード' });
    expect(valueOf(stageOf({ mqlAt: '2026-11-20', salRejectedAt: '2026-11-20T03:00', salAt: '2026-11-21' }, set, AS_OF)).stage).toBe('sal');
  });

  it('is recycled until something newer happens (a later MQL is a re-entry)', () => {
    expect(valueOf(stageOf({ mqlAt: '2026-10-01', salAt: '2026-10-02', recycledAt: '2026-11-02' }, set, AS_OF)).stage).toBe('recycled');
    expect(valueOf(stageOf({ mqlAt: '2026-11-20', recycledAt: '2026-11-02' }, set, AS_OF)).stage).toBe('mql');
  });

  it('ignores facts dated after asOf', () => {
    const r = valueOf(stageOf({ mqlAt: '2026-11-20', salAt: '2026-11-28', sqlAt: '2026-11-29' }, set, AS_OF));
    expect(r.stage).toBe('mql');
    expect(r.decidedBy[1]?.recordedAt).toBeNull();
  });

  it('refuses bad facts, set and asOf by path', () => {
    const paths = issuesOf(stageOf({ mqlAt: 'monday' }, { ...set, state: 'final' }, 'x')).map((i) => i.path);
    expect(paths).toEqual(['lead.mqlAt', 'set.state', 'asOf']);
  });
});
