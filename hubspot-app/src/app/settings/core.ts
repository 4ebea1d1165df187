// The core as the settings page uses it, with the HubSpot adapter the cards
// and functions share: values from the generated bundle beside this file
// (maCore.mjs; jest maps it to the sources), typed by maCore.d.mts.
export {
  langFromLocale,
  t,
  localText,
  describeCondition,
  describeIssues,
  carriesSuggestion,
  parseScoringModel,
  HandoffRulesSchema,
  SCORING_TEMPLATES,
  SIGNING_ROLES,
  ASSIGNEE_KINDS,
  ESCALATION_ACTIONS,
  HANDOFF_METHODS,
  HUBSPOT_DEFAULT_FIELD_MAPPING,
  formatRate,
  percentValue,
  pointsChange,
  SUGGESTION_BACKTEST_FIGURES,
  formatScore,
  readFunctionAnswer,
  platformFailure,
  toJsonParameters,
} from './maCore.mjs';
export type { Lang, SigningRole, ScoringModel, HandoffRules, ModelComparison, BacktestReport, FunctionError, FunctionResult, Issue, ModelSuggestion, SuggestionFigure } from './maCore.mjs';
