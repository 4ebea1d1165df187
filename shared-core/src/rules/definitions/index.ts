export * from './schema';
export { DEFINITION_TEMPLATES, type DefinitionTemplate } from './templates';
export {
  newDefinitionSet,
  submitForReview,
  signDefinitionSet,
  editDefinitionSet,
  supersedeDefinitionSet,
  signOffStatus,
} from './transitions';
export { diffDefinitionSets, type DefinitionChange } from './diff';
export { stageOf, stageOfParsed, stageFacts, type LeadStage, type StageDecision, type StageOfResult } from './stage';
