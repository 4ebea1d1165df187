import {
  INTEGRATION_POINTS,
  TASK_CATALOG,
  TRANSITIONS,
  buildPlan,
  buildPlanFromDiagnosis,
  diagnose,
  planProgress,
  transitionTarget,
  type Diagnosis,
  type Plan,
} from '../../src/method';
import { AS_OF, answersWith, expectValidSchedule, firstChecked } from './helpers';

function diagnosisOf(checked: number[]): Diagnosis {
  const result = diagnose({ answers: answersWith(checked) }, { asOf: AS_OF });
  if (!result.ok) throw new Error('unexpected issues');
  return result.value;
}

function planOf(checked: number[], toLevel?: number, lang: 'ja' | 'en' = 'en'): Plan {
  const result = buildPlanFromDiagnosis(diagnosisOf(checked), { start: '2026-12-01', lang, ...(toLevel ? { toLevel } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('task catalog', () => {
  it('has unique ids, known transitions, and dependencies on known tasks of the same or an earlier transition', () => {
    const ids = TASK_CATALOG.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tpl of TASK_CATALOG) {
      expect(TRANSITIONS).toContain(tpl.transition);
      expect(tpl.durationDays).toBeGreaterThan(0);
      expect(tpl.checklistItems.length).toBeGreaterThan(0);
      for (const dep of tpl.dependsOn) {
        const target = TASK_CATALOG.find((t) => t.id === dep);
        expect(target).toBeDefined();
        expect(transitionTarget(target!.transition)).toBeLessThanOrEqual(transitionTarget(tpl.transition));
      }
    }
  });

  it('has no dependency cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') throw new Error(`cycle: ${[...path, id].join(' -> ')}`);
      state.set(id, 'visiting');
      for (const dep of TASK_CATALOG.find((t) => t.id === id)?.dependsOn ?? []) visit(dep, [...path, id]);
      state.set(id, 'done');
    };
    for (const tpl of TASK_CATALOG) expect(() => visit(tpl.id, [])).not.toThrow();
  });

  it("covers every checklist item, every integration point, and the seed's actions per transition", () => {
    const items = new Set(TASK_CATALOG.flatMap((t) => t.checklistItems));
    expect([...items].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(new Set(TASK_CATALOG.map((t) => t.integrationPoint).filter(Boolean))).toEqual(new Set(INTEGRATION_POINTS));
    const byTransition = (tr: string) => TASK_CATALOG.filter((t) => t.transition === tr && t.source === 'transition-action').map((t) => t.id);
    expect(byTransition('1->2')).toEqual(['scoring-rules', 'behaviour-tracking', 'segment-email']);
    expect(byTransition('2->3')).toEqual(['scenario-workflows', 'crm-sfa-integration', 'score-based-handoff']);
    expect(byTransition('3->4')).toEqual(['data-sharing', 'unified-kpis', 'pipeline-reviews']);
  });

  it('names participants for practices that need several departments', () => {
    for (const id of ['data-sharing', 'unified-kpis', 'pipeline-reviews', 'mql-sql-definitions']) {
      const tpl = TASK_CATALOG.find((t) => t.id === id);
      expect(tpl?.participants.length).toBeGreaterThanOrEqual(2);
      expect(tpl?.participants).not.toContain(tpl?.owner);
    }
  });
});

describe('implementation plan', () => {
  it('from level 2 plans the 2->3 actions and integration points, with ja titles from the seed', () => {
    const plan = planOf([1, 2, 3, 4, 5], undefined, 'ja');
    expect(plan.level).toBe(2);
    expect(plan.targetLevel).toBe(3);
    expect(plan.projectedLevel).toBe(3);
    expect(plan.tasks.map((t) => t.id).sort()).toEqual(
      [
        'scenario-workflows',
        'crm-sfa-integration',
        'score-based-handoff',
        'ma-sfa-lead-sync',
        'mql-sql-definitions',
        'handoff-timing-method',
        'field-definitions',
        'update-timing-rules',
      ].sort(),
    );
    const handoff = plan.tasks.find((t) => t.id === 'score-based-handoff');
    expect(handoff).toEqual(
      expect.objectContaining({
        title: 'スコアに基づいたリード引き渡しルールを設計する',
        titleKey: 'task.score-based-handoff.title',
        transition: '2->3',
        checklistItems: [6],
        owner: 'insideSales',
        participants: ['marketing', 'sales'],
        // scoring-rules is done already (item 5 checked), so only the definitions task remains
        dependsOn: ['mql-sql-definitions'],
      }),
    );
    expect(handoff?.acceptance).toHaveLength(2);
    expectValidSchedule(plan);
  });

  it('never adds tasks for items already checked', () => {
    const checked = [1, 2, 3, 4, 5, 7, 8];
    const plan = planOf(checked, 5);
    for (const task of plan.tasks) expect(task.checklistItems.some((i) => !checked.includes(i))).toBe(true);
    expect(plan.tasks.map((t) => t.id)).not.toContain('crm-sfa-integration');
    expect(plan.projectedLevel).toBe(5);
  });

  it.each([
    [0, 1],
    [1, 2],
    [4, 3],
    [7, 4],
    [11, 5],
    [14, 5],
  ])('from the first %i items checked, the default plan reaches level %i', (count, target) => {
    const plan = planOf(Array.from({ length: count }, (_, i) => i + 1));
    expect(plan.targetLevel).toBe(target);
    expect(plan.projectedLevel).toBe(target);
    expect(plan.projectedEffectiveLevel).toBe(target);
    expectValidSchedule(plan);
  });

  it('adds tasks for items the seed names no action for (1, 2, 11)', () => {
    const ids = planOf([], 4).tasks.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['ma-tool-setup', 'email-list-management', 'real-time-response']));
  });

  it('plans every level up to 5 on request, and catches up earlier gaps', () => {
    const plan = planOf([1, 2, 3, 7, 8, 9], 5);
    expect(plan.projectedLevel).toBe(5);
    expect(plan.tasks.map((t) => t.transition)).toEqual(expect.arrayContaining(['1->2', '2->3', '3->4', '4->5']));
    const level3 = planOf([1, 2, 3, 7, 8, 9]);
    expect(level3.targetLevel).toBe(3);
    expect(level3.tasks.some((t) => t.transition === '1->2')).toBe(true);
    expect(level3.projectedLevel).toBeGreaterThanOrEqual(3);
  });

  it('schedules from the start date: a task starts the day after its last dependency is due', () => {
    const plan = planOf([], 5);
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    expect(byId.get('ma-tool-setup')).toEqual(expect.objectContaining({ startsOn: '2026-12-01', due: '2026-12-14', durationDays: 14 }));
    expect(byId.get('behaviour-tracking')).toEqual(expect.objectContaining({ startsOn: '2026-12-15', due: '2026-12-28' }));
    // depends on segment-email (due 12-21) and behaviour-tracking (due 12-28)
    expect(byId.get('scenario-workflows')).toEqual(expect.objectContaining({ startsOn: '2026-12-29', due: '2027-01-18' }));
    expectValidSchedule(plan);
  });

  it('orders tasks by start, ties by the seed order', () => {
    const plan = planOf([], 2);
    expect(plan.tasks.map((t) => t.id)).toEqual([
      'ma-tool-setup',
      'email-list-management',
      'segment-email',
      'scoring-rules',
      'behaviour-tracking',
    ]);
  });

  it('plans nothing when everything is checked', () => {
    const plan = planOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(plan.tasks).toEqual([]);
    expect(plan.projectedLevel).toBe(5);
  });

  it('refuses bad options with the field named', () => {
    const d = diagnosisOf([1]);
    const bad = (options: object) => {
      const r = buildPlanFromDiagnosis(d, options as { start: string });
      return r.ok ? null : r.issues[0]?.path;
    };
    expect(bad({ start: '2026-02-30' })).toBe('start');
    expect(bad({ start: '12/01/2026' })).toBe('start');
    expect(bad({ start: '2026-12-01', toLevel: 6 })).toBe('toLevel');
    expect(bad({ start: '2026-12-01', toLevel: 2.5 })).toBe('toLevel');
    expect(bad({ start: '2026-12-01', lang: 'fr' })).toBe('lang');
  });

  it('buildPlan diagnoses the same input as diagnose and refuses bad input', () => {
    const result = buildPlan({ answers: firstChecked(4) }, { start: '2026-12-01', lang: 'en' });
    expect(result.ok && result.value.level).toBe(2);
    const bad = buildPlan({ answers: { '16': true } }, { start: '2026-12-01' });
    expect(bad.ok ? null : bad.issues[0]?.path).toBe('answers.16');
  });
});

describe('plan progress', () => {
  const diagnosis = diagnosisOf([1, 2, 3, 4, 5]);
  const plan = planOf([1, 2, 3, 4, 5]);

  it('counts done tasks and projects the level from items whose every task is done', () => {
    expect(planProgress(plan, [], diagnosis)).toEqual({
      done: 0,
      total: 8,
      percent: 0,
      itemsSatisfied: [],
      projectedLevelNow: 2,
      unknownTaskIds: [],
    });
    // item 7 has one task; item 6 needs three (definitions, handoff rules, handoff timing)
    const some = planProgress(plan, ['scenario-workflows', 'score-based-handoff', 'elsewhere'], diagnosis);
    expect(some).toEqual(expect.objectContaining({ done: 2, percent: 25, itemsSatisfied: [7], projectedLevelNow: 2 }));
    expect(some.unknownTaskIds).toEqual(['elsewhere']);
    const more = planProgress(plan, ['scenario-workflows', 'score-based-handoff', 'mql-sql-definitions', 'handoff-timing-method'], diagnosis);
    expect(more.itemsSatisfied).toEqual([6, 7]);
    expect(more.projectedLevelNow).toBe(3);
    const all = planProgress(plan, plan.tasks.map((t) => t.id), diagnosis);
    expect(all).toEqual(expect.objectContaining({ done: 8, percent: 100, projectedLevelNow: plan.projectedLevel }));
  });

  it('is complete for a plan without tasks', () => {
    const full = diagnosisOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(planProgress(planOf(full.checked), [], full)).toEqual(expect.objectContaining({ done: 0, total: 0, percent: 100, projectedLevelNow: 5 }));
  });
});
