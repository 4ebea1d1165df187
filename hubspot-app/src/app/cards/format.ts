// How numbers are shown (the golden test reads them back with these rules):
// rates as a percentage with one decimal ("33.3%", null as "—"); scores with
// at most two decimals, trailing zeros dropped ("85", "6.25"); minutes with at
// most one decimal ("44.5").
export const NONE = '—';

export function formatRate(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate) ? `${(rate * 100).toFixed(1)}%` : NONE;
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
