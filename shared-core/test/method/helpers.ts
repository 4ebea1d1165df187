// Builders for answer sets used across the method tests.
import type { AnswerSet } from '../../src/method';

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
