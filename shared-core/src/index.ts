// The public surface of the core: everything a CRM surface, the workbench or
// the CLI may use. See API.md. Each part is one Lightning module
// (salesforce-lwc/scripts/lib/core-parts.cjs); HubSpot and the CLI bundle
// them all.
export * from './core';
export * from './method';
export * from './rules/signOff';
export * from './rules/learn';
export { SCORING_TEMPLATES, type ScoringTemplate } from './rules/scoring/templates';
