/**
 * The rows of a prediction that fills in as its chunks finish. Pure.
 *
 * Until a row's new result arrives it keeps the result it had for the same text under the same
 * classes (shown, marked outdated), or a placeholder when there is none; `current` says which
 * rows already belong to the newest inputs.
 */

/** A table's rows while a prediction fills them in. */
export interface RowProgress<S> {
  scores: S[];
  current: boolean[];
}

/** What was on screen before: the texts, class names and scores of its rows. */
export interface ShownRows<S> {
  texts: readonly string[];
  classNames: readonly string[];
  scores: readonly S[];
}

/**
 * The rows for `texts` under `classNames` before any new result arrived: a row keeps its old
 * score when the same text stood at the same position under the same class names.
 */
export function beginRows<S>(
  shown: ShownRows<S>,
  texts: readonly string[],
  classNames: readonly string[],
  placeholder: S,
): RowProgress<S> {
  const sameClasses =
    shown.classNames.length === classNames.length &&
    shown.classNames.every((name, c) => name === classNames[c]);
  return {
    scores: texts.map((text, i) => {
      const old = shown.scores[i];
      return sameClasses && shown.texts[i] === text && old !== undefined ? old : placeholder;
    }),
    current: texts.map(() => false),
  };
}

/** `progress` with the finished `rows` filled in (a new object; out-of-range rows are ignored). */
export function fillRows<S>(
  progress: RowProgress<S>,
  rows: ReadonlyArray<{ index: number; scores: S }>,
): RowProgress<S> {
  const scores = [...progress.scores];
  const current = [...progress.current];
  for (const { index, scores: row } of rows) {
    if (!Number.isInteger(index) || index < 0 || index >= scores.length) continue;
    scores[index] = row;
    current[index] = true;
  }
  return { scores, current };
}

/** How many rows are current. */
export function currentCount(progress: { current: readonly boolean[] }): number {
  return progress.current.reduce((n, c) => n + (c ? 1 : 0), 0);
}
