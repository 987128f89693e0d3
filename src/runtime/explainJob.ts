/**
 * "Why this prediction" inside the worker: builds the occlusion variants of the selected
 * example (core/search/occlusion.ts) and has the runner score them all in one batched run. The
 * drops themselves are computed on the page, where the calibration prior is known.
 */
import { templateVariants, textVariants } from '../core/search/occlusion';
import type { MaskedLmRunner, PredictInput } from './maskedLmRunner';
import type { ExplainScores, WorkerError, WorkerRequest, WorkerResponse } from './protocol';

/** An explain request as the worker receives it. */
export type ExplainRequest = Extract<WorkerRequest, { type: 'explain' }>;

/** Runs a task on the current model, or answers null when none is loaded. */
export type OnModel = <T>(task: (runner: MaskedLmRunner) => Promise<T>) => Promise<T> | null;

/** The class probabilities of the text, its one-word-removed variants and the template's. */
export async function explainScores(
  runner: MaskedLmRunner,
  input: PredictInput,
): Promise<ExplainScores | WorkerError> {
  const text = input.examples[0] ?? '';
  const texts = textVariants(text).variants;
  const templates = templateVariants(input.template).variants;
  const scored = await runner.scoreVariants(
    { ...input, examples: [text, ...texts], selectedIndex: 0, contentFree: [] },
    templates,
  );
  if ('code' in scored) return scored;
  const [full = [], ...rest] = scored.probs;
  return {
    full,
    textVariants: rest.slice(0, texts.length),
    templateVariants: rest.slice(texts.length),
    stats: scored.stats,
  };
}

/** The worker's answer to an explain request: the scores, or why there are none. */
export async function answerExplain(
  request: ExplainRequest,
  onModel: OnModel,
): Promise<WorkerResponse> {
  const { id } = request;
  try {
    const running = onModel((runner) => explainScores(runner, request.input));
    const result = running && (await running);
    if (!result) return { type: 'failed', id, error: { code: 'noModel' } };
    if ('code' in result) return { type: 'failed', id, error: result };
    return { type: 'explained', id, scores: result };
  } catch (error) {
    return {
      type: 'failed',
      id,
      error: { code: 'inference', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
