// The condition language shared by scoring rules and stage definitions: a
// closed set of operators, so a rule is data that every surface evaluates alike.

export const OPERATORS = ['eq', 'neq', 'in', 'nin', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A value a leaf compares with: a scalar, or a list for `in` / `nin`. */
export type Scalar = string | number | boolean | null;
export type ConditionValue = Scalar | Scalar[];

export interface LeafCondition {
  field: string;
  op: Operator;
  /** Ignored by `exists`. */
  value?: ConditionValue;
}
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;

/** The record a condition reads: lead fields, event props, or stage facts. */
export type Facts = Readonly<Record<string, unknown>>;
