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
export {
  SignerSchema,
  authorizeSignature,
  authorizeSetWrite,
  derivedState,
  definitionsInForce,
  signableRoles,
  withStoredSignatures,
  type Signer,
  type SignatureAttempt,
  type StoredDefinitionVersion,
  type DefinitionsInForce,
} from './signoff';
export { diffDefinitionSets, type DefinitionChange } from './diff';
export { stageOf, stageOfFacts, stageFacts, type LeadStage, type StageDecision, type StageOfResult } from './stage';
