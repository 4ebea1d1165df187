import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HANDOFF_RULES, DefinitionSetSchema, HandoffRulesSchema, parseProgram, parseScoringModel } from '../../src/rules';
import { SCORING_TEMPLATES } from '../../src/rules/scoring/templates';
import { valueOf } from './helpers';

const read = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8'));

describe('the example files', () => {
  it.each(SCORING_TEMPLATES.map((t) => t.id))('models/%s.json is the template model', (id) => {
    expect(read(`models/${id}.json`)).toEqual(SCORING_TEMPLATES.find((t) => t.id === id)?.model);
  });

  it('models/b2b-enterprise-v2.json is a valid model that differs from v1', () => {
    const v2 = valueOf(parseScoringModel(read('models/b2b-enterprise-v2.json')));
    expect(v2).not.toEqual(read('models/b2b-enterprise.json'));
  });

  it('handoff-rules.json is the default rules, and definition-set.json a valid draft', () => {
    expect(HandoffRulesSchema.parse(read('handoff-rules.json'))).toEqual(DEFAULT_HANDOFF_RULES);
    expect(DefinitionSetSchema.parse(read('definition-set.json'))).toMatchObject({ version: 1, state: 'draft' });
  });

  it('program.json is the example model, the example definitions agreed, and the default handoff rules', () => {
    const program = valueOf(parseProgram(read('program.json')));
    expect(program.model.model).toEqual(valueOf(parseScoringModel(read('models/b2b-enterprise.json'))));
    expect(program.definitions).toMatchObject({ version: 1, state: 'agreed', stages: (read('definition-set.json') as { stages: unknown }).stages });
    expect(program.handoff).toEqual(DEFAULT_HANDOFF_RULES);
  });
});
