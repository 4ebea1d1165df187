// The core as the cards use it: values from the generated bundle beside this
// file (maCore.mjs, written by scripts/bundle-core.mjs; jest maps it to
// shared-core/src/index.ts so tests run the real core), typed by maCore.d.mts.
// Only the names listed here are imported, so the card bundle keeps only what
// it uses.
export {
  langFromLocale,
  describeValue,
  t,
  diagnose,
  levelInfo,
  itemLabel,
  categoryLabel,
  CHECKLIST,
  CATEGORIES,
  planProgress,
  buildPlanFromDiagnosis,
  diffDefinitionSets,
  SIGNING_ROLES,
  ROLES,
  scoreLead,
  stageOf,
  handoffStatus,
  REJECT_REASONS,
  describeIssues,
  describeCondition,
  signOffStatus,
  localText,
  DEFINITION_TEMPLATES,
  AXES,
  BENCHMARK_SHARES,
  funnelSteps,
  funnelStageLabel,
  trackPlan,
} from './maCore.mjs';
export type {
  Lang,
  Role,
  SigningRole,
  Diagnosis,
  Plan,
  PlanTask,
  DefinitionSet,
  ScoreResult,
  FunnelKpis,
  KpiFigures,
  AxisScore,
  PlanTracking,
} from './maCore.mjs';
