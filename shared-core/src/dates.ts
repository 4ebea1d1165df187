import { z } from './zod';
import { canonicalInstant } from './rules/iso';

// Dates in the core: a date without a time is midnight UTC; a time without an
// offset is UTC. Inputs are ISO strings (or Date objects from a caller); the
// core never reads the clock.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Milliseconds since the epoch, or NaN when the text is not an ISO date. */
export function parseInstant(value: string | Date): number {
  if (value instanceof Date) return value.getTime();
  const canonical = canonicalInstant(value);
  if (canonical !== undefined) return canonical;
  const text = value.trim();
  if (DATE_ONLY.test(text)) return Date.parse(`${text}T00:00:00Z`);
  if (DATE_TIME_NO_OFFSET.test(text)) return Date.parse(`${text}Z`);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return Number.NaN;
  return Date.parse(text);
}

/** A zod schema for an ISO date or date-time (or a Date), output as epoch milliseconds. */
export const InstantSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const ms = parseInstant(value);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'expected an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z' });
      return z.NEVER;
    }
    return ms;
  });

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM` of an instant, in UTC. */
export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}
