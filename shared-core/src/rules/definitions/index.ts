export * from './schema';
export { stageOf, stageOfParsed, stageFacts, type LeadStage, type StageDecision, type StageOfResult } from './stage';
