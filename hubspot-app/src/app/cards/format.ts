// What the cards format themselves: dates as the CRM shows them. Figures
// (minutes, rates, scores, the clock) are the core's formatters
// (formatMinutes, formatRate, formatScore, formatClock), so a figure reads the
// same on every surface.
export const NONE = '—';

/** `YYYY-MM-DD` of an ISO instant. */
export function formatDay(iso: string | null | undefined): string {
  return typeof iso === 'string' && iso.length >= 10 ? iso.slice(0, 10) : NONE;
}
