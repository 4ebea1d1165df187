// Writing and agreeing definition sets (the Lightning module maSignOff): the
// templates, the sign-off state machine, the changes in words. Judging a lead
// by a set (its schema, stageOf) is in the core every page loads.
export { DEFINITION_TEMPLATES, type DefinitionTemplate } from './definitions/templates';
export {
  newDefinitionSet,
  submitForReview,
  signDefinitionSet,
  editDefinitionSet,
  supersedeDefinitionSet,
  signOffStatus,
} from './definitions/transitions';
export { diffDefinitionSets, type DefinitionChange } from './definitions/diff';
