// Entry of the functions' bundle: the core's public surface plus its zod
// instance (already set jitless), so the functions validate their own
// parameters with the same zod, not a second copy.
export * from '../../shared-core/src/index';
export { z } from '../../shared-core/src/zod';
