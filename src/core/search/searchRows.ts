/**
 * Which labelled rows the automatic searches (label words, templates, refinement, demonstrations)
 * learn from, and which they leave for a fair check. Pure.
 *
 * The few-shot training sample of the tuned head, when one is set (its rows are found again by
 * their identities, so edits elsewhere do not move it); otherwise every labelled row, and then
 * nothing is held out: the UI says the search's figures are not a fair test.
 */
import { exampleKeys, type Example } from '../examples';

/** The rows a search learns from and the labelled rows it does not see, as row indices. */
export interface SearchRows {
  train: number[];
  heldOut: number[];
  /** Where `train` came from. */
  source: 'trainingSample' | 'allLabelled';
}

/**
 * Splits the labelled rows (gold label naming a class) of `examples` into search rows and
 * held-out rows; `trainingKeys` are the identities (`exampleKeys`) of the training sample, or null.
 */
export function searchRows(
  examples: Array<Pick<Example, 'text' | 'gold'>>,
  classNames: readonly string[],
  trainingKeys: readonly string[] | null,
): SearchRows {
  const names = new Set(classNames.map((n) => n.trim()));
  const labelled = examples.flatMap((e, i) => (e.gold !== null && names.has(e.gold) ? [i] : []));
  if (trainingKeys && trainingKeys.length > 0) {
    const wanted = new Set(trainingKeys);
    const keys = exampleKeys(examples);
    const train = labelled.filter((i) => wanted.has(keys[i] ?? ''));
    if (train.length > 0) {
      const inTrain = new Set(train);
      return {
        train,
        heldOut: labelled.filter((i) => !inTrain.has(i)),
        source: 'trainingSample',
      };
    }
  }
  return { train: labelled, heldOut: [], source: 'allLabelled' };
}
