import type { Condition, ConditionValue, Facts, Operator } from './types';
import { compileCondition } from './evaluate';
import { ownValue } from '../../records';

/** One leaf as it was tested: what the rule asked, what the record held, and the answer. */
export interface LeafCheck {
  field: string;
  op: Operator;
  value?: ConditionValue;
  /** The record's value; `null` when the field is missing. */
  actual: unknown;
  passed: boolean;
  /** True when the leaf sits under a `not` (its own answer is then inverted by the parent). */
  negated?: boolean;
}

/** Every leaf of a condition with its own answer, so a reader sees which criterion decided. */
export function explainCondition(condition: Condition | undefined, facts: Facts, negated = false): LeafCheck[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap((c) => explainCondition(c, facts, negated));
  if ('any' in condition) return condition.any.flatMap((c) => explainCondition(c, facts, negated));
  if ('not' in condition) return explainCondition(condition.not, facts, !negated);
  const actual = ownValue(facts, condition.field);
  const check: LeafCheck = {
    field: condition.field,
    op: condition.op,
    actual: actual === undefined ? null : actual,
    passed: compileCondition(condition)(facts),
  };
  if (condition.op !== 'exists') check.value = condition.value;
  if (negated) check.negated = true;
  return [check];
}
