/** A share, or null when there is nothing to divide by (never NaN). */
export const rate = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

/** The median, or null for an empty list; an even count takes the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
