// Builders for answer sets used across the method tests.
import type { AnswerSet, Plan } from '../../src/method';

/** Answers with exactly the given items checked and every other item answered "no". */
export function answersWith(checked: readonly number[]): AnswerSet {
  const answers: AnswerSet = {};
  for (let item = 1; item <= 15; item++) answers[String(item)] = checked.includes(item);
  return answers;
}

/** The first `count` items checked, the rest answered "no". */
export function firstChecked(count: number): AnswerSet {
  return answersWith(Array.from({ length: count }, (_, i) => i + 1));
}

export const AS_OF = '2026-11-27';

/** Every dependency comes earlier in the list, starts strictly after its dependencies are due, and is due on or after its start. */
export function expectValidSchedule(plan: Plan): void {
  const seen = new Map<string, Plan['tasks'][number]>();
  for (const task of plan.tasks) {
    for (const dep of task.dependsOn) {
      const before = seen.get(dep);
      expect(before).toBeDefined();
      expect(task.startsOn > (before as Plan['tasks'][number]).due).toBe(true);
    }
    expect(task.startsOn >= plan.start).toBe(true);
    expect(task.due >= task.startsOn).toBe(true);
    seen.set(task.id, task);
  }
}

