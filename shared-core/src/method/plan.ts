// The implementation plan: from a diagnosis and a start date, the tasks that
// take the organisation to the target level (the next one by default), each
// due after its dependencies, in a valid dependency order.
import { z } from '../zod';
import { DAY_MS, MAX_INSTANT_MS, isoDate, parseInstant } from '../dates';
import { t, type Lang, type MessageKey } from '../i18n';
import type { Role } from '../roles';
import { fail, ok, parseWith, type Result } from '../result';
import type { ItemNumber } from './checklist';
import { consistentItems } from './contradictions';
import { diagnose, type Diagnosis } from './diagnosis';
import { LangOptionSchema } from './lang';
import { levelForCount, TOP_LEVEL, type Level } from './levels';
import {
  TASK_CATALOG,
  taskAcceptanceKeys,
  taskTitleKey,
  transitionTarget,
  type TaskTemplate,
  type Transition,
} from './plan-catalog';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const PlanDateSchema = z
  .string()
  // parseInstant refuses a date that is not in the calendar (2026-02-30).
  .refine((text) => DATE_ONLY.test(text) && !Number.isNaN(parseInstant(text)), {
    message: 'expected a date such as 2026-12-01 (YYYY-MM-DD)',
  });

export const PlanOptionsSchema = z.object({
  start: PlanDateSchema,
  toLevel: z.number().int().min(1).max(5).optional(),
  lang: LangOptionSchema,
});
export interface PlanOptions {
  /** First day of the plan, `YYYY-MM-DD`. */
  start: string;
  /** Plan up to this level (1-5); the next level by default. */
  toLevel?: number;
  lang?: Lang;
}

export interface PlanTask {
  id: string;
  title: string;
  titleKey: MessageKey;
  transition: Transition;
  checklistItems: ItemNumber[];
  owner: Role;
  participants: Role[];
  /** Ids of other tasks in this plan. */
  dependsOn: string[];
  acceptance: string[];
  acceptanceKeys: MessageKey[];
  durationDays: number;
  /** The day after the last dependency is due (or the plan's start). */
  startsOn: string;
  due: string;
}

export interface Plan {
  start: string;
  lang: Lang;
  level: Level;
  /** What the program asked for (`toLevel`), or null. */
  requestedLevel: number | null;
  /** Where the plan goes: see planTargetLevel. */
  targetLevel: Level;
  /** Level once every task is done. */
  projectedLevel: Level;
  /** Same, counting only items whose prerequisites are then checked too. */
  projectedEffectiveLevel: Level;
  tasks: PlanTask[];
}

/**
 * The level a plan aims for: the requested level when it is above today's,
 * otherwise the next level (a target already reached is not a plan); at the
 * top level the plan keeps the top level and closes the remaining gaps.
 */
export function planTargetLevel(level: Level, requested?: number | null): Level {
  if (typeof requested === 'number' && Number.isInteger(requested) && requested > level && requested <= TOP_LEVEL) return requested as Level;
  return Math.min(level + 1, TOP_LEVEL) as Level;
}

/** Templates the plan needs: transitions up to the target, and only for items not yet checked. */
export function selectTemplates(checked: readonly number[], targetLevel: number): TaskTemplate[] {
  return TASK_CATALOG.filter(
    (tpl) => transitionTarget(tpl.transition) <= targetLevel && tpl.checklistItems.some((item) => !checked.includes(item)),
  );
}

/**
 * Days from the start at which each task ends: a task begins when all its
 * dependencies in the plan have ended. The catalog is acyclic (tested).
 */
function schedule(templates: readonly TaskTemplate[]): Map<string, { startDay: number; endDay: number }> {
  const inPlan = new Set(templates.map((tpl) => tpl.id));
  const days = new Map<string, { startDay: number; endDay: number }>();
  let pending = [...templates];
  while (pending.length > 0) {
    const ready = pending.filter((tpl) => tpl.dependsOn.every((dep) => !inPlan.has(dep) || days.has(dep)));
    if (ready.length === 0) throw new Error(`plan catalog has a dependency cycle among: ${pending.map((p) => p.id).join(', ')}`);
    for (const tpl of ready) {
      const startDay = Math.max(0, ...tpl.dependsOn.filter((dep) => inPlan.has(dep)).map((dep) => days.get(dep)?.endDay ?? 0));
      days.set(tpl.id, { startDay, endDay: startDay + tpl.durationDays });
    }
    pending = pending.filter((tpl) => !days.has(tpl.id));
  }
  return days;
}

/** The level reached once the given items are checked in addition to the diagnosis' own. */
export function levelWithItems(diagnosis: Pick<Diagnosis, 'checked'>, items: readonly number[]): Level {
  return levelForCount(new Set([...diagnosis.checked, ...items]).size);
}

export function buildPlanFromDiagnosis(diagnosis: Diagnosis, options: PlanOptions): Result<Plan> {
  const parsed = parseWith(PlanOptionsSchema, options);
  if (!parsed.ok) return parsed;
  const { start, lang } = parsed.value;
  const targetLevel = planTargetLevel(diagnosis.level, parsed.value.toLevel);
  const templates = selectTemplates(diagnosis.checked, targetLevel);
  const days = schedule(templates);
  const inPlan = new Set(templates.map((tpl) => tpl.id));
  const startMs = parseInstant(start);
  // Every due date stays a YYYY-MM-DD: a start so late that the plan would end after 9999-12-31 is refused.
  const lastDay = Math.max(0, ...[...days.values()].map((d) => d.endDay - 1));
  if (startMs + lastDay * DAY_MS > MAX_INSTANT_MS) {
    return fail([{ path: 'start', code: 'too_big', message: `this plan takes ${lastDay + 1} days and would end after 9999-12-31; choose an earlier start` }]);
  }
  const order = (tpl: TaskTemplate) => days.get(tpl.id)?.startDay ?? 0;
  // Start day, then the seed's order: dependencies always start earlier, so this is a valid dependency order.
  const ordered = [...templates].sort((a, b) => order(a) - order(b) || TASK_CATALOG.indexOf(a) - TASK_CATALOG.indexOf(b));

  const tasks: PlanTask[] = ordered.map((tpl) => {
    const span = days.get(tpl.id) ?? { startDay: 0, endDay: tpl.durationDays };
    const acceptanceKeys = taskAcceptanceKeys(tpl);
    return {
      id: tpl.id,
      title: t(lang, taskTitleKey(tpl.id)),
      titleKey: taskTitleKey(tpl.id),
      transition: tpl.transition,
      checklistItems: [...tpl.checklistItems],
      owner: tpl.owner,
      participants: [...tpl.participants],
      dependsOn: tpl.dependsOn.filter((dep) => inPlan.has(dep)),
      acceptance: acceptanceKeys.map((key) => t(lang, key)),
      acceptanceKeys,
      durationDays: tpl.durationDays,
      startsOn: isoDate(startMs + span.startDay * DAY_MS),
      // The last working day of the span; a dependent task starts the day after.
      due: isoDate(startMs + (span.endDay - 1) * DAY_MS),
    };
  });

  const planned = tasks.flatMap((task) => task.checklistItems);
  const answersWhenDone = { ...diagnosis.answers };
  for (const item of planned) answersWhenDone[String(item)] = true;
  return ok({
    start,
    lang,
    level: diagnosis.level,
    requestedLevel: parsed.value.toLevel ?? null,
    targetLevel,
    projectedLevel: levelWithItems(diagnosis, planned),
    projectedEffectiveLevel: levelForCount(consistentItems(answersWhenDone).length),
    tasks,
  });
}

export interface BuildPlanOptions extends PlanOptions {
  /** Date of the diagnosis; the start date by default. */
  asOf?: string | Date;
}

/** Diagnoses `input` (same shape as `diagnose`) and plans from it. */
export function buildPlan(input: unknown, options: BuildPlanOptions): Result<Plan> {
  const start = parseWith(PlanOptionsSchema, options);
  if (!start.ok) return fail(start.issues);
  const diagnosis = diagnose(input, { asOf: options.asOf ?? options.start, lang: start.value.lang });
  if (!diagnosis.ok) return diagnosis;
  return buildPlanFromDiagnosis(diagnosis.value, options);
}
