// What the cards format themselves: dates and instants as the CRM stores them. Figures
// (minutes, rates, scores, the clock) are the core's formatters
// (formatMinutes, formatRate, formatScore, formatClock), so a figure reads the
// same on every surface.
export const NONE = '—';

/** An ISO instant to the minute, as HubSpot stores it (UTC): `2026-12-01 09:05`. */
export function formatMinute(iso: string | null | undefined): string {
  return typeof iso === 'string' && iso.length >= 16 ? iso.replace('T', ' ').slice(0, 16) : NONE;
}

/** `YYYY-MM-DD` of an ISO instant. */
export function formatDay(iso: string | null | undefined): string {
  return typeof iso === 'string' && iso.length >= 10 ? iso.slice(0, 10) : NONE;
}

/**
 * A date in the user's language ("2026年12月1日", "Dec 1, 2026"): a `YYYY-MM-DD`
 * as that calendar day, an ISO instant as its day in UTC (the day HubSpot
 * stores). Empty as an em dash.
 */
export function formatDate(value: string | null | undefined, lang: 'ja' | 'en'): string {
  if (typeof value !== 'string' || value.length < 10) return NONE;
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
}
