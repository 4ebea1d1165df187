export * from './types';
export { ConditionSchema, MAX_CONDITION_DEPTH, conditionProblems } from './validate';
export { compileCondition, evaluateCondition, type Predicate } from './evaluate';
export { explainCondition, type LeafCheck } from './explain';
export { describeCondition, describeValue, fieldLabel } from './describe';
