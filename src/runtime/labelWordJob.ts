/**
 * The worker's side of "Suggest label words": read the rows' mask distributions from the
 * runner (its cache, or a run) and hand them to the pure search. Thin: the maths is in
 * core/search/labelWords.ts.
 */
import { suggestLabelWords } from '../core/search/labelWords';
import type { WordToken } from '../core/search/wordTokens';
import type { MaskedLmRunner } from './maskedLmRunner';
import { noRuns, type PredictInput } from './predictTypes';
import type { LabelWordSuggestions, WorkerError, WorkerRequest } from './protocol';

/** A label-word search request as the worker receives it. */
export type LabelWordRequest = Extract<WorkerRequest, { type: 'suggestLabelWords' }>;

/**
 * Runs one label-word search; null when `keepGoing` stopped it between model runs.
 *
 * The rows are read with ONE mask, whatever the current label words are: the suggestions are
 * single tokens, and once they are adopted the template holds one mask (the runner gives it one
 * mask per piece of the longest label word). When the current words are one piece each, those
 * are the sequences the evaluation already ran, so nothing runs; when a current word has several
 * pieces the evaluation ran the template with several masks, these one-mask rows are not cached
 * and run once here (the distribution at a first mask followed by more masks is not the one the
 * adopted words would be scored at).
 */
export async function runLabelWordSearch(
  runner: MaskedLmRunner,
  request: LabelWordRequest,
  keepGoing: () => Promise<boolean>,
): Promise<LabelWordSuggestions | WorkerError | null> {
  const start = performance.now();
  const { input } = request;
  const oneMask: PredictInput = {
    template: input.template,
    examples: [...input.examples, ...request.contentFree],
    // No label words: the runner then makes one mask.
    classes: input.classes.map((c) => ({ name: c.name, words: [] })),
    selectedIndex: 0,
    labelWordsAfterSpace: input.labelWordsAfterSpace,
    tunedHead: null,
  };
  const stats = noRuns();
  const perRow = await runner.maskDistributions(oneMask, stats, keepGoing);
  if (!perRow || 'code' in perRow) return perRow;
  const first = perRow.map((masks) => masks[0] ?? new Float32Array(0));
  const facts = runner.tokenizerFacts;
  const afterSpace = input.labelWordsAfterSpace && facts.spaceSensitive;
  // Only words that, typed into a Label words box, become this very token again.
  const spellsBack = (token: WordToken) => {
    const ids = facts.labelWordPieces(token.word, afterSpace);
    return ids.length === 1 && ids[0] === token.id;
  };
  const searchStart = performance.now();
  const result = suggestLabelWords(
    {
      distributions: first.slice(0, input.examples.length),
      labels: request.labels,
      classCount: input.classes.length,
      contentFree: first.slice(input.examples.length),
    },
    facts.wordTokens(),
    { k: request.k, calibration: request.calibration, accept: spellsBack },
  );
  const end = performance.now();
  return {
    ...result,
    classNames: input.classes.map((c) => c.name),
    rows: input.examples.length,
    workerMs: end - start,
    searchMs: end - searchStart,
    modelRuns: stats.modelRuns,
  };
}
