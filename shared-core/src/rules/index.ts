// The rules: scoring, backtest, definitions and sign-off, handoff SLA, funnel KPIs.
// The condition language is exported as `RuleCondition` (the method has its own `Condition`).
export {
  OPERATORS,
  ConditionSchema as RuleConditionSchema,
  MAX_CONDITION_DEPTH,
  conditionProblems,
  compileCondition,
  evaluateCondition as evaluateRuleCondition,
  explainCondition,
  describeCondition,
  describeValue,
  fieldLabel,
  type Operator,
  type Scalar,
  type ConditionValue,
  type LeafCondition,
  type AllCondition,
  type AnyCondition,
  type NotCondition,
  type Condition as RuleCondition,
  type Facts,
  type Predicate,
  type LeafCheck,
} from './condition';
export * from './text';
export { parseAsOf, toIso } from './asOf';
export * from './facts';
export * from './leadList';
export * from './scoring';
export * from './definitions';
export * from './handoff';
export * from './kpi';
export * from './lifecycle';
export * from './writeback';
