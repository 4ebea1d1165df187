// Types of the generated maCore.mjs: it is shared-core bundled, so its types
// are the core's own (resolved through the npm workspace at type-check time;
// nothing here ships).
export * from '@ma-maturity/shared-core';
