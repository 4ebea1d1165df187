// Types of the generated maCore.mjs: shared-core and the HubSpot adapter
// (hubspot-app/shared) bundled, so its types are theirs (resolved at
// type-check time; nothing here ships).
export * from '@ma-maturity/shared-core';
export * from '../../../shared/index';
