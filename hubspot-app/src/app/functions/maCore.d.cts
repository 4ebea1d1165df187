// Types of the generated maCore.cjs: the core's public surface and its zod,
// from the shared-core sources (through the npm workspace at type-check time;
// nothing here ships), so the functions are type-checked against the core
// they are bundled with (test/functions/typecheck.test.ts).
export * from '@ma-maturity/shared-core';
export { z } from '@ma-maturity/shared-core/src/zod';
