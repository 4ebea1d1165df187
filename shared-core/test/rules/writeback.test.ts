import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateParsedLead, parseEvaluationLead, parseProgram, recordedFacts, scoreLead, writebackRow, type ScoringModelInput } from '../../src/rules';
import { issuesOf, valueOf } from './helpers';

const AS_OF = Date.parse('2026-11-27T00:00:00Z');
const model: ScoringModelInput = { fit: [{ id: 'big', if: { field: 'employees', op: 'gte', value: 100 }, points: 80 }], thresholds: { mql: 70 }, grades: { A: 50 } };
const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'program.json'), 'utf8')) as { definitions: { version: number } };
const program = valueOf(parseProgram({ ...example, model }));

const row = (fields: Record<string, unknown>, recorded: Record<string, unknown> = {}, withEngine = false) => {
  const score = valueOf(scoreLead(model, { id: 'L', fields }, '2026-11-27T00:00:00Z'));
  const evaluation = withEngine ? evaluateParsedLead(program, valueOf(parseEvaluationLead({ id: 'L', fields, facts: recorded })), AS_OF) : undefined;
  return writebackRow(score, valueOf(recordedFacts(recorded, fields)), AS_OF, evaluation);
};

describe('what a scoring run writes back', () => {
  it('never stamps an MQL on the model’s own threshold: without the engine it keeps what is recorded', () => {
    expect(row({ employees: 500 })).toEqual({ id: 'L', score: 80, grade: 'A', stage: 'lead', mqlAt: null, definitionVersion: null });
    expect(row({ employees: 5 }, { mqlAt: '2026-10-01', definitionVersion: 2 })).toMatchObject({ stage: 'mql', mqlAt: '2026-10-01T00:00:00.000Z', definitionVersion: 2 });
    expect(row({ employees: 5 }, { mqlAt: '2026-12-24' })).toMatchObject({ stage: 'lead', mqlAt: null });
  });

  it('takes the stage and the stamp from the lifecycle engine under the agreed set', () => {
    // 80 points and grade A meet the example set's MQL criteria (70 or more, grade A or B).
    expect(row({ employees: 500 }, {}, true)).toMatchObject({ stage: 'mql', mqlAt: '2026-11-27T00:00:00.000Z', definitionVersion: example.definitions.version });
    expect(row({ employees: 5 }, {}, true)).toMatchObject({ stage: 'lead', mqlAt: null, definitionVersion: null });
    expect(row({ employees: 500 }, { mqlAt: '2026-10-01', salAt: '2026-10-02', salRejectedAt: '2026-10-03', rejectReason: 'no-need' }, true)).toMatchObject({
      stage: 'rejected',
      mqlAt: '2026-10-01T00:00:00.000Z',
    });
  });

  it('reads the recorded facts by their LeadFacts names and refuses a bad one by name', () => {
    expect(issuesOf(recordedFacts({ salAt: 'soon' }, {})).map((i) => i.path)).toEqual(['salAt']);
    expect(valueOf(recordedFacts({ id: 'x', source: 'web' }, { a: 1 }))).toEqual({ fields: { a: 1 } });
  });
});
