/**
 * Which rows the Predictions table lists, and in what order: all, only the wrong ones, or one
 * gold class; in list order or by the prediction's confidence. Pure.
 */

/** Which rows to list. `class`: rows whose gold label is class `classIndex`. */
export type RowFilter = { kind: 'all' } | { kind: 'wrong' } | { kind: 'class'; classIndex: number };

/** The order to list them in. */
export type RowSort = 'list' | 'leastConfident' | 'mostConfident';

/** What the choice needs per row: predicted and gold class (−1: none) and the top probability. */
export interface RowFacts {
  predicted: number[];
  gold: number[];
  /** The row's largest class probability; rows not scored yet (−1 predicted) sort last. */
  confidence: (index: number) => number;
}

/** The example indices to list, in order. Ties keep list order, so the order is stable. */
export function tableOrder(facts: RowFacts, filter: RowFilter, sort: RowSort): number[] {
  const { predicted, gold } = facts;
  const keep = (i: number): boolean => {
    if (filter.kind === 'wrong')
      return (gold[i] ?? -1) >= 0 && (predicted[i] ?? -1) >= 0 && gold[i] !== predicted[i];
    if (filter.kind === 'class') return gold[i] === filter.classIndex;
    return true;
  };
  const indices = predicted.map((_, i) => i).filter(keep);
  if (sort === 'list') return indices;
  const sign = sort === 'leastConfident' ? 1 : -1;
  const key = (i: number) => ((predicted[i] ?? -1) < 0 ? Infinity : sign * facts.confidence(i));
  const keys = new Map(indices.map((i) => [i, key(i)]));
  return indices.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || a - b);
}
