export { modelInForce, parseProgram, type Program } from './program';
export { StoredFactsSchema, STORED_DATED_FACTS, type StoredFacts, type StoredFactsInput, type StoredDatedFact } from './storedFacts';
export {
  evaluateLead,
  evaluateLeads,
  evaluateParsedLead,
  parseEngineAsOf,
  parseEvaluationLead,
  storedScore,
  type EvaluateOptions,
  type FactChanges,
  type LeadEvaluation,
  type LifecycleAction,
  type ParsedLead,
} from './evaluate';
export { applyChanges } from './apply';
export {
  HANDOFF_ACTIONS,
  handoffActionOptions,
  offeredRejectReasons,
  takeHandoffAction,
  type HandoffAction,
  type HandoffActionChanges,
  type HandoffActionOption,
  type OfferedReason,
} from './handoffActions';
