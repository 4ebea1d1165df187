import { z } from './zod';
import { canonicalInstant } from './rules/iso';

// Dates in the core: a date without a time is midnight UTC; a time without an
// offset is UTC. Inputs are ISO strings (or Date objects from a caller); the
// core never reads the clock. The text is read by hand rather than by
// Date.parse, which rolls impossible dates over (2026-02-30 becomes March 2)
// and accepts 24:00: a date that is not in the calendar is refused, so a typo
// never moves a clock. Instants stay within 0000-01-01 and 9999-12-31, so
// every date the core writes is a plain `YYYY-MM-DD`.
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

// The longest duration a rule may set (an SLA, a window, a recycle period):
// 365 days, so every deadline computed from a date stays a finite date.
export const YEAR_DAYS = 365;
export const YEAR_HOURS = YEAR_DAYS * 24;
export const YEAR_MINUTES = YEAR_HOURS * 60;

/** The first and last instants the core reads or writes: 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z. */
export const MIN_INSTANT_MS = -62_167_219_200_000;
export const MAX_INSTANT_MS = 253_402_300_799_999;

export const inInstantRange = (ms: number): boolean => ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;

const RANGE = 'a date between 0000-01-01 and 9999-12-31';
/** The text as a message shows it: quoted, and cut short when long. */
const quoted = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12); exact for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number));

const notInCalendar = (text: string, what: string): string => `${quoted(text)} is not in the calendar: ${what}`;
const notIso = (text: string): string => `${quoted(text)} is not an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z`;
const pad2 = (n: number): string => String(n).padStart(2, '0');

const DASH = 45, COLON = 58, DOT = 46, PLUS = 43, T = 84, Z = 90, LOWER_Z = 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Two ASCII digits at `i` as a number, or -1 (also past the end of the text). */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return isDigit(a) && isDigit(b) ? (a - 48) * 10 + (b - 48) : -1;
}

/**
 * Epoch milliseconds of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM|±HHMM]`,
 * or the reason (text) it is not one. Scanned by hand, as a number or a
 * string, because it reads every event's `at`: a regular expression and
 * Date.parse took three times as long.
 */
function instantOrProblem(value: string | Date): number | string {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return 'expected a valid date';
    return inInstantRange(ms) ? ms : `expected ${RANGE}`;
  }
  const text = value.trim();
  const n = text.length;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return notIso(text);
  let hour = 0, minute = 0, second = 0, millis = 0, sign = 0, offsetHours = 0, offsetMinutes = 0;
  if (n > 10) {
    if (text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON) return notIso(text);
    hour = twoDigits(text, 11);
    minute = twoDigits(text, 14);
    if (hour < 0 || minute < 0) return notIso(text);
    let i = 16;
    if (text.charCodeAt(i) === COLON) {
      second = twoDigits(text, i + 1);
      if (second < 0) return notIso(text);
      i += 3;
      if (text.charCodeAt(i) === DOT) {
        const start = ++i;
        // Milliseconds: the first three digits of the fraction count, the rest are cut off.
        for (; isDigit(text.charCodeAt(i)); i++) if (i - start < 3) millis = millis * 10 + text.charCodeAt(i) - 48;
        if (i === start) return notIso(text);
        for (let k = i - start; k < 3; k++) millis *= 10;
      }
    }
    const c = text.charCodeAt(i);
    if (c === Z || c === LOWER_Z) i++;
    else if (c === PLUS || c === DASH) {
      sign = c === DASH ? -1 : 1;
      offsetHours = twoDigits(text, i + 1);
      i += text.charCodeAt(i + 3) === COLON ? 4 : 3;
      offsetMinutes = twoDigits(text, i);
      if (offsetHours < 0 || offsetMinutes < 0) return notIso(text);
      i += 2;
    }
    if (i !== n) return notIso(text);
  }
  const year = century * 100 + yy;
  if (month < 1 || month > 12) return notInCalendar(text, `there is no month ${pad2(month)}`);
  if (day < 1 || day > daysIn(year, month)) return notInCalendar(text, `${text.slice(0, 7)} has no day ${pad2(day)}`);
  if (hour > 23 || minute > 59 || second > 59) return notInCalendar(text, `there is no time ${pad2(hour)}:${pad2(minute)}:${pad2(second)} (00:00:00 to 23:59:59)`);
  if (offsetHours > 23 || offsetMinutes > 59) return notInCalendar(text, `there is no offset ${pad2(offsetHours)}:${pad2(offsetMinutes)}`);
  const ms = daysFromCivil(year, month, day) * DAY_MS + (hour * 60 + minute - sign * (offsetHours * 60 + offsetMinutes)) * MINUTE_MS + second * 1000 + millis;
  return inInstantRange(ms) ? ms : `${quoted(text)} is not ${RANGE}`;
}

/** Epoch milliseconds of an ISO date or date-time, or the reason it is not one (for messages). */
export function readInstant(value: string | Date): { ok: true; ms: number } | { ok: false; message: string } {
  const read = instantOrProblem(value);
  return typeof read === 'number' ? { ok: true, ms: read } : { ok: false, message: read };
}

/** Milliseconds since the epoch, or NaN when the value is not a date in the calendar (see readInstant). */
export function parseInstant(value: string | Date): number {
  // Most instants a batch reads are canonical UTC (`…T10:00:00.000Z`): read those first.
  if (typeof value === 'string') {
    const canonical = canonicalInstant(value);
    if (canonical !== undefined) return canonical;
  }
  const read = instantOrProblem(value);
  return typeof read === 'number' ? read : Number.NaN;
}

/** A zod schema for an ISO date or date-time (or a Date), output as epoch milliseconds. */
export const InstantSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const read = readInstant(value);
    if (!read.ok) {
      ctx.addIssue({ code: 'custom', message: read.message });
      return z.NEVER;
    }
    return read.ms;
  });

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM` of an instant, in UTC. */
export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}
