// The HubSpot adapter pieces both the cards and the functions use, bundled
// with the core into each extension's maCore file (scripts/bundle-core.mjs).
export * from './contactLead';
export * from './functionAnswer';
