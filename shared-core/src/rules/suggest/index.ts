export {
  suggestModel,
  SUGGEST_METHOD,
  SUGGEST_TARGETS,
  type ModelSuggestion,
  type RuleChange,
  type RuleEvidence,
  type SplitPart,
  type SuggestEvaluation,
  type SuggestMethod,
  type SuggestOptions,
  type SuggestTarget,
} from './suggest';
