// The method of the seed: checklist, levels, diagnosis, failure patterns, benchmark, plan.
import './texts';
export * from './checklist';
export * from './levels';
export * from './answers';
export * from './contradictions';
export * from './failure-patterns';
export * from './benchmark';
export * from './trend';
export * from './profile';
export * from './input';
export * from './diagnosis';
export * from './plan-catalog';
export * from './plan';
export * from './progress';
export * from './tracking';
