// Summaries of repeated timings. Medians, not means: on a shared machine one round can stall
// behind another process, and a mean would report that stall as the app's speed.

/** The median of a list of numbers; NaN for an empty list. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2
    : NaN;
}

/** a / b; NaN when b is not a positive number, so a missing baseline never reads as a speed-up. */
export function ratio(a, b) {
  return b > 0 ? a / b : NaN;
}
