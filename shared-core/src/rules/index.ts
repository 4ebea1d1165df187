// The rules: scoring, backtest, definitions and sign-off, handoff SLA, funnel KPIs.
export {};
