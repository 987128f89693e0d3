/** Evaluation metrics. Pure. */

/** Accuracy over the examples that have a gold label; null when none has one. */
export function accuracy(predicted: string[], gold: Array<string | null>): number | null {
  let labelled = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    if (g === null) return;
    labelled++;
    if (predicted[i] === g) correct++;
  });
  return labelled === 0 ? null : correct / labelled;
}
