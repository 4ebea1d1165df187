// How numbers are shown (the golden test reads them back with these rules):
// rates as a percentage with one decimal ("33.3%", null as "—"); scores with
// at most two decimals, trailing zeros dropped ("85", "6.25"); minutes with at
// most one decimal ("44.5").
export const NONE = '—';

export function formatRate(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate) ? `${(rate * 100).toFixed(1)}%` : NONE;
}

/** A rate as the percentage a chart draws: the number formatRate shows, without the sign (33.3); null stays null. */
export function percentValue(rate: number | null | undefined): number | null {
  return typeof rate === 'number' && Number.isFinite(rate) ? Number((rate * 100).toFixed(1)) : null;
}

export function formatScore(value: number): string {
  return String(Number(value.toFixed(2)));
}

export function formatMinutes(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Number(value.toFixed(1))) : NONE;
}

/** `YYYY-MM-DD` of an ISO instant, as the CRM shows dates to its users. */
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
