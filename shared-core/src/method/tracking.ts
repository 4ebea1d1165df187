// Plan tasks as the CRM tracks them (records with a status and a due date):
// progress per transition, and the tasks on a time line by due date with the
// overdue ones marked. Each CRM maps its own statuses to `done`.
import { z } from '../zod';
import { DAY_MS, parseInstant } from '../dates';
import { ok, parseWith, type Result } from '../result';
import { TRANSITIONS } from './plan-catalog';
import { PlanDateSchema } from './plan';

export const TrackedTaskSchema = z.object({
  key: z.string().min(1),
  title: z.string(),
  transition: z.string(),
  /** `YYYY-MM-DD`, or null when the record has none. */
  due: PlanDateSchema.nullable(),
  done: z.boolean(),
});
export type TrackedTask = z.infer<typeof TrackedTaskSchema>;

const TrackingInputSchema = z.object({
  tasks: z.array(TrackedTaskSchema),
  today: PlanDateSchema,
});

export interface TransitionProgress {
  transition: string;
  done: number;
  total: number;
  /** Whole percent. */
  percent: number;
}

export interface TimelineTask extends TrackedTask {
  /** Not done and due before today. */
  overdue: boolean;
  /** Whole days past due when overdue, else null. */
  daysOverdue: number | null;
}

export interface PlanTracking {
  /** The seed's transitions in order (0->1 first); a transition the catalog does not know comes last. */
  byTransition: TransitionProgress[];
  /** Earliest due first; tasks without a due date last; then by transition and key. */
  timeline: TimelineTask[];
  overdue: number;
}

const transitionRank = (transition: string) => {
  const index = (TRANSITIONS as readonly string[]).indexOf(transition);
  return index === -1 ? TRANSITIONS.length : index;
};
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTransition = (a: string, b: string) => transitionRank(a) - transitionRank(b) || compare(a, b);

export function trackPlan(input: { tasks: readonly unknown[]; today: string }): Result<PlanTracking> {
  const parsed = parseWith(TrackingInputSchema, input);
  if (!parsed.ok) return parsed;
  const { tasks, today } = parsed.value;
  const todayMs = parseInstant(today);

  const groups = new Map<string, TrackedTask[]>();
  for (const task of tasks) groups.set(task.transition, [...(groups.get(task.transition) ?? []), task]);
  const progress = [...groups.keys()].sort(byTransition).map((transition) => {
    const group = groups.get(transition) as TrackedTask[];
    const done = group.filter((task) => task.done).length;
    return { transition, done, total: group.length, percent: Math.round((done / group.length) * 100) };
  });

  const timeline = tasks
    .map((task): TimelineTask => {
      const late = !task.done && task.due !== null && task.due < today;
      return { ...task, overdue: late, daysOverdue: late ? Math.round((todayMs - parseInstant(task.due as string)) / DAY_MS) : null };
    })
    .sort(
      (a, b) =>
        (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0) ||
        compare(a.due ?? '', b.due ?? '') ||
        byTransition(a.transition, b.transition) ||
        compare(a.key, b.key),
    );
  return ok({ byTransition: progress, timeline, overdue: timeline.filter((task) => task.overdue).length });
}
