import { z } from '../../zod';
import { OPERATORS, type Condition, type Operator } from './types';
import { readInstant } from '../../dates';
import { hasOwn } from '../../records';

interface ConditionProblem {
  path: (string | number)[];
  message: string;
}

const COMPARISONS: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How deep `all`, `any` and `not` may nest: the outermost condition is level 1.
 * A written rule needs a handful of levels; the bound keeps every walk over a
 * condition (validate, compile, explain, describe) far from the stack's end.
 */
export const MAX_CONDITION_DEPTH = 32;

/**
 * Checks a condition tree by hand rather than with a zod union, so that a
 * problem deep in the tree is reported at its own path (`if.all[1].op`)
 * instead of as one "invalid input" for the whole union.
 */
export function conditionProblems(input: unknown, path: (string | number)[] = [], level = 1): ConditionProblem[] {
  if (level > MAX_CONDITION_DEPTH) return [{ path, message: `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep (all, any, not)` }];
  if (!isPlainObject(input)) return [{ path, message: 'expected a condition: {field, op, value}, {all}, {any} or {not}' }];
  const keys = Object.keys(input);
  for (const combinator of ['all', 'any'] as const) {
    if (hasOwn(input, combinator)) {
      if (keys.length !== 1) return [{ path, message: `"${combinator}" must be the only key of its condition` }];
      const list = input[combinator];
      if (!Array.isArray(list)) return [{ path: [...path, combinator], message: 'expected a list of conditions' }];
      if (list.length === 0) return [{ path: [...path, combinator], message: 'expected at least one condition' }];
      return list.flatMap((child, i) => conditionProblems(child, [...path, combinator, i], level + 1));
    }
  }
  if (hasOwn(input, 'not')) {
    if (keys.length !== 1) return [{ path, message: '"not" must be the only key of its condition' }];
    return conditionProblems(input.not, [...path, 'not'], level + 1);
  }
  return leafProblems(input, path);
}

function leafProblems(input: Record<string, unknown>, path: (string | number)[]): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  for (const key of Object.keys(input)) {
    if (!['field', 'op', 'value'].includes(key)) problems.push({ path: [...path, key], message: `unknown key "${key}"` });
  }
  if (typeof input.field !== 'string' || input.field.trim() === '') {
    problems.push({ path: [...path, 'field'], message: 'expected the name of a field' });
  }
  const op = input.op;
  if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) {
    const shown = typeof op === 'string' ? `unknown operator "${op}"` : 'an operator is required';
    problems.push({ path: [...path, 'op'], message: `${shown}; expected one of ${OPERATORS.join(', ')}` });
    return problems;
  }
  const valueProblem = checkValue(op as Operator, input.value, hasOwn(input, 'value'));
  if (valueProblem) problems.push({ path: [...path, 'value'], message: valueProblem });
  return problems;
}

function checkValue(op: Operator, value: unknown, present: boolean): string | null {
  if (op === 'exists') return null;
  if (!present) return `"${op}" needs a value`;
  if (op === 'in' || op === 'nin') {
    return Array.isArray(value) && value.every(isScalar) ? null : `"${op}" needs a list of values`;
  }
  if (COMPARISONS.has(op)) {
    if (typeof value === 'number' && Number.isFinite(value)) return null;
    if (typeof value !== 'string') return `"${op}" needs a number or an ISO date`;
    const date = readInstant(value);
    return date.ok ? null : `"${op}" needs a number or an ISO date: ${date.message}`;
  }
  if (op === 'contains' || op === 'startsWith') {
    return typeof value === 'string' || (op === 'contains' && typeof value === 'number') ? null : `"${op}" needs a text value`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'expected a finite number';
  return isScalar(value) ? null : `"${op}" needs a single value (text, number, true/false or null)`;
}

/** zod schema for a condition; every problem is reported at its own path. */
export const ConditionSchema = z.unknown().transform((input, ctx): Condition => {
  const problems = conditionProblems(input);
  for (const p of problems) ctx.addIssue({ code: 'custom', message: p.message, path: p.path, input });
  return problems.length ? z.NEVER : (input as Condition);
});
