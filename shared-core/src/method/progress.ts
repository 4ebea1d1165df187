// Progress of a plan as tasks are done in the CRM: how many, and the level the
// checklist items of the done tasks would give.
import type { Diagnosis } from './diagnosis';
import type { ItemNumber } from './checklist';
import { levelWithItems, type Plan } from './plan';
import type { Level } from './levels';

export interface PlanProgress {
  done: number;
  total: number;
  /** Whole percent; 100 for a plan without tasks. */
  percent: number;
  /** Items whose every plan task is done. */
  itemsSatisfied: ItemNumber[];
  /** Level of the diagnosis plus the satisfied items. */
  projectedLevelNow: Level;
  /** Done ids that are not tasks of this plan (ignored). */
  unknownTaskIds: string[];
}

export function planProgress(plan: Plan, doneTaskIds: readonly string[], diagnosis: Pick<Diagnosis, 'checked'>): PlanProgress {
  const done = new Set(doneTaskIds);
  const planIds = new Set(plan.tasks.map((task) => task.id));
  const doneCount = plan.tasks.filter((task) => done.has(task.id)).length;
  const items = [...new Set(plan.tasks.flatMap((task) => task.checklistItems))].sort((a, b) => a - b);
  // An item counts only when every task that serves it is done.
  const itemsSatisfied = items.filter((item) =>
    plan.tasks.filter((task) => task.checklistItems.includes(item)).every((task) => done.has(task.id)),
  );
  const total = plan.tasks.length;
  return {
    done: doneCount,
    total,
    percent: total === 0 ? 100 : Math.round((doneCount / total) * 100),
    itemsSatisfied,
    projectedLevelNow: levelWithItems(diagnosis, itemsSatisfied),
    unknownTaskIds: [...done].filter((id) => !planIds.has(id)),
  };
}
