export * from './rejectReasons';
export * from './rules';
export { handoffStatus, type HandoffState, type HandoffStatus } from './status';
