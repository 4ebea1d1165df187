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
export { SUGGESTION_BACKTEST_FIGURES, pointsChange, type SuggestionFigure, type SuggestionFigureKind } from './figures';
