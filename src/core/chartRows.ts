/**
 * Which examples the probability chart draws: a readable number of rows out of however many
 * examples there are, chosen in list order (paged) or by how confident the prediction is. Pure.
 */

/** How the chart picks its rows. */
export type ChartRowOrder = 'list' | 'leastConfident' | 'mostConfident';

/** The rows the chart draws, as example indices in drawing order, and where they sit. */
export interface ChartRowChoice {
  indices: number[];
  /** The page actually shown (clamped), counting from 0; always 0 outside list order. */
  page: number;
  pageCount: number;
}

/** The confidence of one prediction: its largest class probability. */
export function confidence(probs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 0; i < probs.length; i++) best = Math.max(best, probs[i] ?? 0);
  return best;
}

/**
 * Picks at most `size` examples: page `page` in list order, or the least/most confident ones
 * among the scored rows (ties keep list order, so the choice is stable).
 */
export function chooseChartRows(
  probs: Array<ArrayLike<number>>,
  order: ChartRowOrder,
  size: number,
  page: number,
): ChartRowChoice {
  const count = probs.length;
  const rows = Math.max(1, Math.floor(size));
  if (order === 'list') {
    const pageCount = Math.max(1, Math.ceil(count / rows));
    const shown = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
    const start = shown * rows;
    const indices = Array.from({ length: Math.min(rows, count - start) }, (_, i) => start + i);
    return { indices, page: shown, pageCount };
  }
  const sign = order === 'leastConfident' ? 1 : -1;
  // A row not scored yet (a prediction still filling in) has no confidence to rank by.
  const scored = probs.flatMap((p, i) => (p.length > 0 ? [{ i, c: confidence(p) }] : []));
  scored.sort((a, b) => sign * (a.c - b.c) || a.i - b.i);
  return { indices: scored.slice(0, rows).map((s) => s.i), page: 0, pageCount: 1 };
}
