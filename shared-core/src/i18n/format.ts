// How a person reads the core's figures, the same on every surface and in
// the CLI's text report: minutes as hours and minutes, rates as a percentage
// with one decimal, scores with at most two decimals. A missing figure reads
// as an em dash, never as "null" or "NaN".
import { t, type Lang } from './index';

const NONE = '—';
const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * "45分" / "45 min"; from an hour on "2時間05分" / "2 h 05 min"; from a day on
 * "23日4時間" / "23 d 4 h" (whole minutes, rounded; the sign is dropped).
 */
export function formatMinutes(minutes: number | null | undefined, lang: Lang): string {
  if (!finite(minutes)) return NONE;
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t(lang, 'time.minutes', { m: rest });
  if (hours >= 24) return t(lang, 'time.daysHours', { d: Math.floor(hours / 24), h: hours % 24 });
  return t(lang, 'time.hoursMinutes', { h: hours, m: String(rest).padStart(2, '0') });
}

/** A rate in [0, 1] as the percentage a chart draws beside its table: the number formatRate shows (33.3); null when there is none. */
export function percentValue(rate: number | null | undefined): number | null {
  return finite(rate) ? Math.round(rate * 1000) / 10 : null;
}

/** A rate in [0, 1] as "33.3%". */
export function formatRate(rate: number | null | undefined): string {
  const value = percentValue(rate);
  return value === null ? NONE : `${value.toFixed(1)}%`;
}

/** A score rounded to two decimals, trailing zeros dropped: "85", "6.25", "12.5". */
export function formatScore(value: number | null | undefined): string {
  return finite(value) ? String(Math.round(value * 100) / 100) : NONE;
}

/** The handoff clock in words: "残り 45分" / "2 h 05 min overdue"; an empty string when no clock runs. */
export function formatClock(clock: { minutesLeft: number | null; minutesOverdue: number | null }, lang: Lang): string {
  if (finite(clock.minutesOverdue)) return t(lang, 'handoff.clock.overdue', { time: formatMinutes(clock.minutesOverdue, lang) });
  if (finite(clock.minutesLeft)) return t(lang, 'handoff.clock.left', { time: formatMinutes(clock.minutesLeft, lang) });
  return '';
}
