export * from './types';
export { ConditionSchema, conditionProblems } from './validate';
export { compileCondition, evaluateCondition, type Predicate } from './evaluate';
export { explainCondition, type LeafCheck } from './explain';
export { describeCondition, describeValue, fieldLabel } from './describe';
