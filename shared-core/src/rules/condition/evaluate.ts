import { parseInstant } from '../../dates';
import { ownValue } from '../../records';
import type { Condition, ConditionValue, Facts, LeafCondition, Scalar } from './types';

/** A condition turned into a closure once, so scoring many leads does not re-read the tree. */
export type Predicate = (facts: Facts) => boolean;

const ALWAYS: Predicate = () => true;

/** Missing means absent, undefined or null: a leaf on a missing field is false. */
const present = (v: unknown): boolean => v !== undefined && v !== null;

export function compileCondition(condition: Condition | undefined): Predicate {
  if (condition === undefined) return ALWAYS;
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  const test = compileLeaf(condition);
  const field = condition.field;
  // Own properties only: a field named "constructor" or "toString" is missing, not Object.prototype's.
  return (facts) => test(ownValue(facts, field));
}

function compileLeaf(leaf: LeafCondition): (actual: unknown) => boolean {
  const value = leaf.value as ConditionValue;
  switch (leaf.op) {
    case 'exists':
      return present;
    case 'eq':
      return (a) => present(a) && equals(a, value as Scalar);
    case 'neq':
      return (a) => present(a) && !equals(a, value as Scalar);
    case 'in': {
      const set = new Set(value as Scalar[]);
      return (a) => present(a) && memberOf(a, set);
    }
    case 'nin': {
      const set = new Set(value as Scalar[]);
      return (a) => present(a) && !memberOf(a, set);
    }
    case 'contains': {
      const needle = value as string | number;
      const text = String(needle);
      return (a) =>
        typeof a === 'string' ? a.includes(text) : Array.isArray(a) ? a.includes(needle) : false;
    }
    case 'startsWith': {
      const prefix = String(value);
      return (a) => typeof a === 'string' && a.startsWith(prefix);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compileComparison(leaf.op, value as number | string);
  }
}

/** A list field (e.g. product interests) equals a value when it holds it. */
function equals(actual: unknown, value: Scalar): boolean {
  return Array.isArray(actual) ? actual.includes(value) : actual === value;
}

function memberOf(actual: unknown, set: ReadonlySet<Scalar>): boolean {
  if (Array.isArray(actual)) return actual.some((x) => set.has(x as Scalar));
  return set.has(actual as Scalar);
}

/** Numbers compare with numbers; an ISO date value compares instants (date only = midnight UTC). */
function compileComparison(op: 'gt' | 'gte' | 'lt' | 'lte', value: number | string): (a: unknown) => boolean {
  const cmp = (x: number, y: number): boolean =>
    op === 'gt' ? x > y : op === 'gte' ? x >= y : op === 'lt' ? x < y : x <= y;
  if (typeof value === 'number') return (a) => typeof a === 'number' && cmp(a, value);
  const limit = parseInstant(value);
  return (a) => {
    if (typeof a !== 'string' && !(a instanceof Date)) return false;
    const ms = parseInstant(a);
    return !Number.isNaN(ms) && cmp(ms, limit);
  };
}

/** Evaluates once without compiling (for one-off checks such as stage criteria). */
export function evaluateCondition(condition: Condition | undefined, facts: Facts): boolean {
  return compileCondition(condition)(facts);
}
