import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionSetSchema, recordedFacts, scoreLead, writebackRow, type ScoringModelInput } from '../../src/rules';
import { issuesOf, valueOf } from './helpers';

const AS_OF = Date.parse('2026-11-27T00:00:00Z');
const model: ScoringModelInput = { fit: [{ id: 'big', if: { field: 'employees', op: 'gte', value: 100 }, points: 80 }], thresholds: { mql: 70 }, grades: { A: 50 } };
const set = DefinitionSetSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'definition-set.json'), 'utf8')));
const row = (fields: Record<string, unknown>, recorded: Record<string, unknown> = {}, definitions = false) => {
  const score = valueOf(scoreLead(model, { id: 'L', fields }, '2026-11-27T00:00:00Z'));
  return writebackRow(score, valueOf(recordedFacts(recorded, fields)), AS_OF, definitions ? set : undefined);
};

describe('what a scoring run writes back', () => {
  it('makes a lead that qualifies now an MQL as of the run', () => {
    expect(row({ employees: 500 })).toEqual({ id: 'L', score: 80, grade: 'A', stage: 'mql', mqlAt: '2026-11-27T00:00:00.000Z', definitionVersion: null });
    expect(row({ employees: 5 })).toMatchObject({ stage: 'lead', mqlAt: null, definitionVersion: null });
  });

  it('keeps a recorded MQL date and version, and ignores one after asOf', () => {
    expect(row({ employees: 5 }, { mqlAt: '2026-10-01', definitionVersion: 2 })).toMatchObject({ stage: 'mql', mqlAt: '2026-10-01T00:00:00.000Z', definitionVersion: 2 });
    expect(row({ employees: 500 }, { mqlAt: '2026-10-01' })).toMatchObject({ mqlAt: '2026-10-01T00:00:00.000Z' });
    expect(row({ employees: 5 }, { mqlAt: '2026-12-24' })).toMatchObject({ stage: 'lead', mqlAt: null });
  });

  it('decides the stage by an agreed definition set, recording its version for a new MQL', () => {
    expect(row({ employees: 500 }, {}, true)).toMatchObject({ stage: 'mql', mqlAt: '2026-11-27T00:00:00.000Z', definitionVersion: set.version });
    expect(row({ employees: 500 }, { mqlAt: '2026-10-01', salAt: '2026-10-02', salRejectedAt: '2026-10-03' }, true)).toMatchObject({ stage: 'rejected', mqlAt: '2026-10-01T00:00:00.000Z' });
  });

  it('reads the recorded facts by their LeadFacts names and refuses a bad one by name', () => {
    expect(issuesOf(recordedFacts({ salAt: 'soon' }, {})).map((i) => i.path)).toEqual(['salAt']);
    expect(valueOf(recordedFacts({ id: 'x', source: 'web' }, { a: 1 }))).toEqual({ fields: { a: 1 } });
  });
});
