import { readInstant } from '../dates';
import { fail, ok, type Result } from '../result';

/** Reads the caller's `asOf` (the core never reads the clock); a bad one is an issue at `asOf`. */
export function parseAsOf(asOf: unknown, path = 'asOf'): Result<number> {
  if (typeof asOf !== 'string' && !(asOf instanceof Date)) {
    return fail([{ path, code: 'invalid_type', message: 'expected an ISO date such as 2026-11-01T09:00:00Z' }]);
  }
  const read = readInstant(asOf);
  return read.ok ? ok(read.ms) : fail([{ path, code: 'invalid_date', message: read.message }]);
}

export { isoString as toIso } from './iso';
