export * from './leadFacts';
