'use strict';
// The parts of shared-core's public surface (shared-core/src/index.ts), each
// its own generated Lightning service module, so a page loads only the parts
// its components import. Read by the bundler (macore-bundle.cjs) and by jest,
// which maps each `c/<name>` to the part's TypeScript source.
const CORE_PARTS = [
  // What every page needs: results, dates, roles, the common and rules texts,
  // conditions, scoring, definition sets and stageOf, handoff, KPIs, writeback.
  { name: 'maCore', entry: 'core.ts', label: 'MA Core (generated)' },
  // The diagnosis and the plan, with the method's texts (the largest catalog).
  { name: 'maMethod', entry: 'method/index.ts', label: 'MA Core method: diagnosis and plan (generated)' },
  // Writing and agreeing definition sets: templates, sign-off, changes in words.
  { name: 'maSignOff', entry: 'rules/signOff.ts', label: 'MA Core sign-off: definition templates and transitions (generated)' },
  // The backtest and the suggested model learned from outcomes.
  { name: 'maLearn', entry: 'rules/learn.ts', label: 'MA Core learning: backtest and suggested model (generated)' },
  // The ready scoring models a team starts from.
  { name: 'maTemplates', entry: 'rules/scoring/templates.ts', label: 'MA Core scoring templates (generated)' },
];

module.exports = { CORE_PARTS };
