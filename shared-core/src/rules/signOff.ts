// Writing and agreeing definition sets (the Lightning module maSignOff): the
// templates, the sign-off state machine, the stored signatures and what they
// make of a set (who may sign, which version is in force, which writes a
// user may make), the changes in words. Judging a lead by a set (its schema,
// stageOf) is in the core every page loads.
export { DEFINITION_TEMPLATES, type DefinitionTemplate } from './definitions/templates';
export {
  newDefinitionSet,
  submitForReview,
  signDefinitionSet,
  editDefinitionSet,
  supersedeDefinitionSet,
  signOffStatus,
} from './definitions/transitions';
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
} from './definitions/signoff';
export { diffDefinitionSets, type DefinitionChange } from './definitions/diff';
export { carriesSuggestion, draftFromSuggestion } from './definitions/fromSuggestion';
