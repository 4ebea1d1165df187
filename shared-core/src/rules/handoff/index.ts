export * from './rejectReasons';
export * from './rules';
export { handoffStatus, handoffStatusOf, type HandoffState, type HandoffStatus, type HandoffStatusOptions } from './status';
