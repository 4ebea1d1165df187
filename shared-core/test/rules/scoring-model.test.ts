import { parseScoringModel, scoreLead } from '../../src/rules';
import { SCORING_TEMPLATES } from '../../src/rules/scoring/templates';
import { issuesOf, valueOf } from './helpers';

describe('scoring model validation', () => {
  it('lists every problem of a bad model by path', () => {
    const issues = issuesOf(
      parseScoringModel({
        fit: [
          { if: { field: 'employees', op: 'gte', value: 1000 }, points: 20 },
          { id: 'industry', if: { field: 'industry', op: 'like', value: 'it' }, points: 10 },
          { id: 'title', points: 'ten' },
          { id: 'dup', points: 5 },
        ],
        engagement: [
          { id: 'dup', event: 'page_view', points: 3 },
          { id: 'no-event', points: 3 },
          { id: 'bad-max', event: 'email_open', points: 1, maxCount: 0 },
        ],
        decay: { halfLifeDays: 0 },
        caps: { fit: -1 },
        grades: { A: 20, B: 30, C: 10 },
        thresholds: { mql: 'high' },
      }),
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'fit[0].id',
        'fit[1].if.op',
        'fit[2].points',
        'engagement[0].id',
        'engagement[1].event',
        'engagement[2].maxCount',
        'decay.halfLifeDays',
        'caps.fit',
        'grades.B',
        'thresholds.mql',
      ]),
    );
    expect(issues.find((i) => i.path === 'engagement[0].id')?.message).toContain('fit[3].id');
    expect(issues.find((i) => i.path === 'fit[1].if.op')?.message).toContain('unknown operator "like"');
  });

  it('refuses a negative half-life and unknown keys', () => {
    expect(issuesOf(parseScoringModel({ decay: { halfLifeDays: -3 } })).map((i) => i.path)).toEqual(['decay.halfLifeDays']);
    expect(issuesOf(parseScoringModel({ fit: [{ id: 'a', points: 1, maxcount: 2 }] })).map((i) => i.path)).toEqual(['fit[0]']);
  });

  it('refuses grades that do not descend, equal ones included, also with a gap', () => {
    expect(issuesOf(parseScoringModel({ grades: { A: 40, B: 40 } })).map((i) => i.path)).toEqual(['grades.B']);
    expect(issuesOf(parseScoringModel({ grades: { A: 40, C: 50 } })).map((i) => i.path)).toEqual(['grades.C']);
    expect(valueOf(parseScoringModel({ grades: { A: 40, B: 25, C: 10 } })).grades).toEqual({ A: 40, B: 25, C: 10 });
  });

  it('accepts a minimal model: lists, decay, caps, grades and thresholds are optional', () => {
    expect(valueOf(parseScoringModel({}))).toEqual({ fit: [], engagement: [] });
  });

  it('scoreLead refuses a bad model, a bad asOf and a bad lead together, by path', () => {
    const issues = issuesOf(scoreLead({ fit: [{ id: 'x', points: 'a' }] } as never, { events: [{ type: 'page_view', at: 'yesterday' }] }, 'soon'));
    expect(issues.map((i) => i.path)).toEqual(['model.fit[0].points', 'asOf', 'events[0].at']);
  });
});

describe('scoring templates', () => {
  it('ship two or three valid models with ja and en names, descriptions and rule labels', () => {
    expect(SCORING_TEMPLATES.length).toBeGreaterThanOrEqual(2);
    expect(SCORING_TEMPLATES.length).toBeLessThanOrEqual(3);
    for (const template of SCORING_TEMPLATES) {
      expect(valueOf(parseScoringModel(template.model))).toEqual(template.model);
      for (const text of [template.name, template.description]) {
        expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
      for (const rule of [...template.model.fit, ...template.model.engagement]) {
        expect(rule.label?.ja).toBeTruthy();
        expect(rule.label?.en).toBeTruthy();
      }
      expect(template.model.fit.some((r) => r.points < 0)).toBe(true);
    }
  });
});
