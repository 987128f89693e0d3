/** How evaluation figures are written on screen and in files. Pure. */

/** A figure with exactly 3 decimals, or "—" when unknown (e.g. 0.875). */
export function formatMetric(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(3);
}

/**
 * A difference with 3 decimals and its sign always shown: "+0.125", "-0.050", "±0.000" when it
 * rounds to zero; "—" when unknown.
 */
export function formatDifference(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = value.toFixed(3);
  if (Number(rounded) === 0) return '±0.000';
  return value > 0 ? `+${rounded}` : rounded;
}
