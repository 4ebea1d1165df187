export { HistoryLeadSchema, HistorySchema, outcomeOf, parseHistoryLeads, type HistoryLead } from './history';
export { backtest, type BacktestOptions, type BacktestReport } from './backtest';
export { compareBacktests, compareModels, type BacktestDelta, type ModelComparison } from './compare';
export type { Segment } from './segment';
export type { ThresholdPoint } from './threshold';
export { pastLead, type PastLead, type PastLeadFacts, type PastLeadInput } from './pastLead';
