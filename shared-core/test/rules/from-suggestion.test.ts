import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  carriesSuggestion,
  diffDefinitionSets,
  draftFromSuggestion,
  evaluateLead,
  modelInForce,
  pointsChange,
  SUGGESTION_BACKTEST_FIGURES,
  signDefinitionSet,
  submitForReview,
  suggestModel,
  type DefinitionSet,
} from '../../src';
import { issuesOf, valueOf } from './helpers';

// A suggested model becomes an ordinary change of the definitions: a new
// draft carrying the model and its MQL threshold, signed like any edit, and
// the model the engine scores by once agreed.
const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8'));
const program = read('program.json') as { model: { engagement: { id: string; points: number }[] }; definitions: DefinitionSet };
const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 9, m)).toISOString();

// A suggestion of the shape `suggest` answers: the same rules, new points, a new threshold.
const suggested = structuredClone(program.model) as typeof program.model & { thresholds?: { mql: number } };
suggested.engagement = suggested.engagement.map((r) => (r.id === 'demo-request' ? { ...r, points: 55 } : r));
suggested.thresholds = { mql: 80 };
const suggestion = { model: suggested, threshold: { from: 70, to: 80 } };

describe('a suggestion turned into a draft', () => {
  const draft = valueOf(draftFromSuggestion(program.definitions, suggestion, { by: 'admin', at: at(0) }));

  it('is carried by the draft made from it, not by the set it was made from nor by no set', () => {
    expect([carriesSuggestion(draft, suggestion), carriesSuggestion(program.definitions, suggestion), carriesSuggestion(null, suggestion)]).toEqual([true, false, false]);
  });

  it('is a new draft version carrying the suggested model and the suggested MQL score threshold', () => {
    expect(draft).toMatchObject({ version: program.definitions.version + 1, state: 'draft', signatures: [] });
    expect(draft.model).toEqual(suggested);
    expect(draft.stages.mql.criteria).toEqual({ all: [{ field: 'score', op: 'gte', value: 80 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] });
    expect(draft.stages.mql.description.ja).toMatch(/80/);
    expect(draft.log.at(-1)).toMatchObject({ action: 'edited', by: 'admin', comment: '成約・失注の実績から学習した提案モデル' });
  });

  it('reads in words what the departments are asked to sign', () => {
    const words = valueOf(diffDefinitionSets(draft.previous, draft, 'en')).map((c) => c.text);
    expect(words).toEqual(
      expect.arrayContaining([
        'MQL: criterion changed from "score is 70 or more" to "score is 80 or more"',
        'The scoring model is agreed with these definitions (16 rules)',
      ]),
    );
    const again = valueOf(draftFromSuggestion(draft, { model: { ...suggested, engagement: suggested.engagement.map((r) => (r.id === 'demo-request' ? { ...r, points: 60 } : r)) }, threshold: { to: 80 } }, { by: 'admin', at: at(1) }));
    expect(valueOf(diffDefinitionSets(again.previous, again, 'en')).map((c) => c.text)).toEqual(['Scoring: points of "Demo request form" 55 → 60']);
  });

  it('reads a first adopted model against the program\'s, rule by rule, when the surface gives it', () => {
    const words = valueOf(diffDefinitionSets(draft.previous, draft, 'en', { programModel: program.model })).map((c) => c.text);
    expect(words).toEqual(
      expect.arrayContaining([
        'The scoring model is agreed with these definitions (16 rules)',
        'Scoring: points of "Demo request form" 40 → 55',
        'Scoring: MQL threshold preview 70 → 80',
      ]),
    );
    expect(issuesOf(diffDefinitionSets(draft.previous, draft, 'en', { programModel: { fit: 1 } }))[0]?.path).toMatch(/^programModel/);
  });

  it('names the model in force: the agreed set\'s when it carries one, else the program\'s', () => {
    expect(modelInForce(program.model, program.definitions)).toBe(program.model);
    expect(modelInForce(program.model, null)).toBe(program.model);
    expect(modelInForce(program.model, draft)).toEqual(suggested);
  });

  it('is the model the engine scores by once the three departments agree it', () => {
    let set = valueOf(submitForReview(draft, { by: 'admin', at: at(2) }));
    for (const [i, role] of (['marketing', 'insideSales', 'sales'] as const).entries()) set = valueOf(signDefinitionSet(set, { role, by: role, at: at(3 + i), version: set.version }));
    expect(set.state).toBe('agreed');
    const lead = { id: 'L', fields: {}, events: [{ type: 'form_submit', at: '2026-12-01T09:00:00Z', props: { form: 'demo-request' } }], facts: {} };
    const before = valueOf(evaluateLead(program, lead, '2026-12-01T09:00:00Z')).score.engagement;
    const after = valueOf(evaluateLead({ ...program, definitions: set }, lead, '2026-12-01T09:00:00Z')).score.engagement;
    expect([before, after]).toEqual([40, 55]);
  });

  it('refuses criteria without a single score threshold, and a model that is not one', () => {
    const byGrade = { ...program.definitions, stages: { ...program.definitions.stages, mql: { ...program.definitions.stages.mql, criteria: { field: 'grade', op: 'eq', value: 'A' } } } };
    expect(issuesOf(draftFromSuggestion(byGrade, suggestion, { by: 'admin', at: at(0) }))[0]).toMatchObject({ path: 'set.stages.mql.criteria', code: 'no_score_threshold' });
    expect(issuesOf(draftFromSuggestion(program.definitions, { model: { fit: [{ id: 'x' }] }, threshold: { to: 80 } }, { by: 'admin', at: at(0) }))[0]?.path).toMatch(/^model\.fit\[0\]/);
  });

  it('takes what `suggest` answers as it is', () => {
    // A real suggestion from the example outcomes, whatever its figures: it drafts.
    const history = read('history.json');
    const s = suggestModel(program.model as never, history, { asOf: '2026-11-27' });
    if (s.ok) expect(valueOf(draftFromSuggestion(program.definitions, s.value, { by: 'admin', at: at(0) })).model).toEqual(s.value.model);
    else expect(s.issues[0]?.code).toBeDefined();
  });
});

describe('a suggestion as the surfaces show it', () => {
  it('says a change of points with its sign, a minus sign for a fall', () => {
    expect([pointsChange(15, 43), pointsChange(15, -5), pointsChange(-50, -50)]).toEqual(['+28', '−20', '±0']);
  });

  it('lists the held-out figures in order, the rates charted, the MQL count with its threshold', () => {
    expect(SUGGESTION_BACKTEST_FIGURES.map((f) => `${f.key}:${f.kind}${f.charted ? ':chart' : ''}${f.withThreshold ? ':threshold' : ''}`)).toEqual([
      'heldOutLeads:count',
      'mqls:count:threshold',
      'mqlOpportunities:count',
      'mqlWon:count',
      'mqlOpportunityRate:rate:chart',
      'mqlWonRate:rate:chart',
      'nonMqlWonRate:rate:chart',
      'liftWon:score',
    ]);
  });
});
