// The rules: scoring, backtest, definitions and sign-off, handoff SLA, funnel KPIs.
export * from './condition';
export * from './text';
export { parseAsOf } from './asOf';
export * from './scoring';
