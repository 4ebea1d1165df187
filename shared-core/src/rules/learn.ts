// Learning from outcomes (the Lightning module maLearn): the backtest of a
// model on past leads, and the suggested model learned from them.
export * from './backtest';
export * from './suggest';
