export * from './model';
export * from './lead';
export * from './result';
export { compileModel, type CompiledModel, type ScoreFigures } from './compile';
export { prepareModel, scoreLead, scoreLeads } from './score';
