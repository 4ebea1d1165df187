// Plan tasks as the functions answer them (FUNCTIONS.md `PlanTaskRecord`):
// HubSpot tasks on the program company that carry the `[ma-task ...]` marker.
import type { Role } from './core';
import type { Parse } from './useFunctionRead';

export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface PlanTaskRecord {
  taskId: string;
  key: string;
  title: string;
  transition: string;
  owner: Role;
  checklistItems: number[];
  acceptance: string[];
  status: TaskStatus;
  due: string | null;
  lastModified: string;
}

const isTask = (v: unknown): v is PlanTaskRecord => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.taskId === 'string' &&
    typeof r.key === 'string' &&
    typeof r.title === 'string' &&
    typeof r.lastModified === 'string' &&
    TASK_STATUSES.includes(r.status as TaskStatus)
  );
};

/** `{ tasks: PlanTaskRecord[] }`, naming the first task that is not as expected. */
export const parseTaskList: Parse<PlanTaskRecord[]> = (value) => {
  const tasks = (value as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(tasks)) return { ok: false, message: 'tasks: expected a list' };
  const bad = tasks.findIndex((task) => !isTask(task));
  return bad >= 0 ? { ok: false, message: `tasks[${bad}]: expected taskId, key, title, status and lastModified` } : { ok: true, data: tasks };
};
