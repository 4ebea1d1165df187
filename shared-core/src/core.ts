// What every surface needs (the Lightning module maCore): results, dates,
// records, roles, texts and their formatters, and the rules a lead is scored,
// staged, handed off, evaluated by the lifecycle engine and counted by. The
// other parts of the core (src/index.ts) each become their own Lightning
// module, loaded only by the pages that use them.
export * from './result';
export * from './dates';
export * from './records';
export * from './roles';
export * from './i18n';
export * from './rules';
