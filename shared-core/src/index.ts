// The public surface of the core: everything a CRM surface, the workbench or
// the CLI may use. See API.md.
export * from './result';
export * from './dates';
export * from './records';
export * from './roles';
export * from './i18n';
export * from './method';
export * from './rules';
