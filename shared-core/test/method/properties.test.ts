// Properties over every answer set: fast-check explores the 3^15 answer sets
// (checked / unchecked / unanswered) instead of a few hand-picked ones.
import fc from 'fast-check';
import { buildPlanFromDiagnosis, diagnose, planProgress, type AnswerSet, type Diagnosis } from '../../src/method';
import { AS_OF, expectValidSchedule } from './helpers';

const answerSet: fc.Arbitrary<AnswerSet> = fc
  .array(fc.constantFrom<'yes' | 'no' | 'skip'>('yes', 'no', 'skip'), { minLength: 15, maxLength: 15 })
  .map((values) => {
    const answers: AnswerSet = {};
    values.forEach((v, i) => {
      if (v !== 'skip') answers[String(i + 1)] = v === 'yes';
    });
    return answers;
  });

function diagnosisOf(answers: AnswerSet): Diagnosis {
  const result = diagnose({ answers }, { asOf: AS_OF });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('method properties', () => {
  it('checking one more item never lowers the level; the effective level never exceeds the level', () => {
    fc.assert(
      fc.property(answerSet, fc.integer({ min: 1, max: 15 }), (answers, item) => {
        const before = diagnosisOf(answers);
        const after = diagnosisOf({ ...answers, [String(item)]: true });
        expect(after.level).toBeGreaterThanOrEqual(before.level);
        expect(after.checkedCount).toBeGreaterThanOrEqual(before.checkedCount);
        expect(after.effectiveLevel).toBeLessThanOrEqual(after.level);
      }),
    );
  });

  it('gaps, checked and unanswered partition the checklist consistently', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const d = diagnosisOf(answers);
        expect([...d.checked, ...d.gaps].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
        for (const item of d.unanswered) expect(d.gaps).toContain(item);
        if (d.nextLevel !== null) expect(d.checksToNextLevel).toBeLessThanOrEqual(d.gaps.length);
        if (answers['1'] !== true) expect(d.failurePatterns).toEqual([]);
      }),
    );
  });

  it('every plan is a valid dependency order with due dates that respect dependencies, and reaches its target', () => {
    fc.assert(
      fc.property(
        answerSet,
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        (answers, toLevel, startDate) => {
          const d = diagnosisOf(answers);
          const start = startDate.toISOString().slice(0, 10);
          const result = buildPlanFromDiagnosis(d, { start, ...(toLevel ? { toLevel } : {}) });
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          const plan = result.value;
          expectValidSchedule(plan);
          expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
          for (const task of plan.tasks) expect(task.checklistItems.some((i) => !d.checked.includes(i))).toBe(true);
          expect(plan.projectedLevel).toBeGreaterThanOrEqual(Math.max(plan.targetLevel, d.level));
          expect(planProgress(plan, plan.tasks.map((t) => t.id), d).projectedLevelNow).toBe(plan.projectedLevel);
        },
      ),
    );
  });
});
