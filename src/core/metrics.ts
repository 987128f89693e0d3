/**
 * Evaluation metrics: the one place accuracy is counted (summary, Metrics, tuning). Pure.
 *
 * Gold labels are class indices; −1 means unlabelled. A label that names no class is unlabelled
 * too (the Examples box warns about it), so it never counts as a wrong prediction. A predicted
 * index of −1 means "not scored yet" (a prediction still filling in): such rows are not counted.
 */

/** Correct predictions among the labelled examples, and how many were labelled. */
export interface AccuracyCount {
  correct: number;
  total: number;
  /** correct / total, or null when no example is labelled. */
  value: number | null;
}

/** The gold class index of each label: its position in `classNames`, −1 when null or unknown. */
export function goldIndices(gold: Array<string | null>, classNames: string[]): number[] {
  const index = new Map<string, number>();
  classNames.forEach((name, c) => {
    const key = name.trim();
    if (!index.has(key)) index.set(key, c);
  });
  return gold.map((g) => (g === null ? -1 : (index.get(g.trim()) ?? -1)));
}

/**
 * Accuracy of predicted class indices against gold indices (−1 = unlabelled, skipped), over the
 * examples `include` admits (all by default; e.g. only those a head was not trained on).
 */
export function accuracy(
  predicted: number[],
  gold: number[],
  include: (index: number) => boolean = () => true,
): AccuracyCount {
  let correct = 0;
  let total = 0;
  gold.forEach((g, i) => {
    if (g < 0 || (predicted[i] ?? -1) < 0 || !include(i)) return;
    total++;
    if (predicted[i] === g) correct++;
  });
  return { correct, total, value: total === 0 ? null : correct / total };
}
