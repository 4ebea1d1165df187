export * from './schema';
export { stageOf, stageOfFacts, stageOfParsed, stageFacts, type LeadStage, type StageDecision, type StageOfResult } from './stage';
