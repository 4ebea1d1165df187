// Types of the generated maCore.cjs: the core's public surface, the HubSpot
// adapter (hubspot-app/shared) and the core's zod, from their sources
// (through the npm workspace at type-check time; nothing here ships), so the
// functions are type-checked against the code they are bundled with
// (test/functions/typecheck.test.ts).
export * from '@ma-maturity/shared-core';
export * from 'hubspot-app/shared/index';
export { z } from '@ma-maturity/shared-core/src/zod';
