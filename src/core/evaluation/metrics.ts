/**
 * Classification metrics over a whole evaluation set: accuracy, per-class precision/recall/F1,
 * macro-F1 and the confusion matrix. Pure.
 *
 * Rows count when gold ≥ 0 (labelled), predicted ≥ 0 (scored) and `include` admits them, the
 * same rule as `accuracy` in core/metrics.ts. Indices at or beyond `classCount` are skipped too.
 *
 * Conventions for undefined ratios (chosen to match scikit-learn's `f1_score(average='macro')`
 * with `zero_division=0` and its default labels, the classes present in gold ∪ predicted):
 * - precision is null when a class was never predicted (nothing to be precise about);
 * - recall is null when a class has no gold rows;
 * - F1 = 2·TP / (support + predicted), null only when both are 0 (a class absent from the rows);
 *   a class predicted but never gold (or the reverse) thus has F1 = 0 and pulls macro-F1 down;
 * - macro-F1 is the mean F1 over the classes with support > 0 or predicted > 0.
 */

/** One class's figures; ratios are null where they are undefined (see the module comment). */
export interface ClassMetrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Gold rows of this class. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
}

/** All figures for one evaluation. */
export interface EvaluationMetrics {
  /** Rows counted (labelled, scored and included). */
  total: number;
  accuracy: number | null;
  macroF1: number | null;
  /** One entry per class index. */
  perClass: ClassMetrics[];
  /** Counts by [gold][predicted], classCount × classCount. */
  confusion: number[][];
}

/** Metrics of predicted against gold class indices (−1 = unscored / unlabelled, skipped). */
export function evaluate(
  predicted: number[],
  gold: number[],
  classCount: number,
  include: (index: number) => boolean = () => true,
): EvaluationMetrics {
  const n = Math.max(0, Math.floor(classCount));
  const confusion = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let total = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? -1;
    if (g < 0 || p < 0 || g >= n || p >= n || !include(i)) return;
    total++;
    if (p === g) correct++;
    (confusion[g] as number[])[p]!++;
  });
  const perClass = confusion.map((row, c) => classMetrics(confusion, row, c));
  const present = perClass.flatMap((m) => (m.f1 === null ? [] : [m.f1]));
  return {
    total,
    accuracy: total === 0 ? null : correct / total,
    macroF1: present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length,
    perClass,
    confusion,
  };
}

function classMetrics(confusion: number[][], row: number[], c: number): ClassMetrics {
  const tp = row[c] ?? 0;
  const support = row.reduce((a, b) => a + b, 0);
  const predicted = confusion.reduce((sum, r) => sum + (r[c] ?? 0), 0);
  return {
    precision: predicted === 0 ? null : tp / predicted,
    recall: support === 0 ? null : tp / support,
    f1: support + predicted === 0 ? null : (2 * tp) / (support + predicted),
    support,
    predicted,
  };
}
