/**
 * "Why this prediction" (occlusion) on the page. When the person asks, the worker scores the
 * selected example with each of its words removed, and the template with each of its own words
 * removed; from then on the explanation follows the selected example and the prompt (newest
 * answer wins; the one on screen is marked outdated until the new one comes).
 *
 * Its own small store: nothing here is saved. The worker answers raw class probabilities; the
 * drops are computed where they are shown (`explanationView`) with the calibration prior the
 * Predictions table uses, so the explained probability is the one the table shows, and a change
 * of calibration needs no model run.
 */
import { create } from 'zustand';
import {
  occlusionDrops,
  splitWords,
  templateWords,
  type TemplateWordSpan,
  type WordSpan,
} from '../core/search/occlusion';
import type { TemplateSegment } from '../core/template';
import type { ExplainScores, PredictRequestFields, WorkerError } from '../runtime/protocol';
import { evaluationPredictFields, predictionInputsChanged, workerClient } from './modelSync';
import { NewestAnswerWins } from './newestAnswerWins';
import { selectShownProbabilities } from './selectors';
import { useAppStore, type AppState } from './store';

/** An answered explanation and the inputs it explains. */
export interface Explanation {
  text: string;
  template: TemplateSegment[];
  classNames: string[];
  textWords: WordSpan[];
  templateWords: TemplateWordSpan[];
  scores: ExplainScores;
  /** Milliseconds from the request to its answer, as the page measured them. */
  ms: number;
}

/** The explanation slice. */
export interface ExplanationState {
  /** The person asked for an explanation: it now follows the selection and the prompt. */
  following: boolean;
  /** A request on its way: how many text and template words it removes one at a time. */
  running: { words: number; templateWords: number } | null;
  explanation: Explanation | null;
  /** The explanation on screen belongs to other inputs than the current ones. */
  outdated: boolean;
  error: WorkerError | null;
}

/** The explanation's store hook. */
export const useExplanationStore = create<ExplanationState>()(() => ({
  following: false,
  running: null,
  explanation: null,
  outdated: false,
  error: null,
}));

const answers = new NewestAnswerWins();
/** The inputs of the last request sent, so that unrelated store changes send none. */
let lastKey: string | null = null;
let unsubscribe: (() => void) | null = null;

/** The request for the selected example alone, or null when the inputs cannot be scored. */
export function explanationInput(state: AppState): PredictRequestFields | null {
  const fields = evaluationPredictFields(state);
  const text = fields?.examples[fields.selectedIndex];
  if (!fields || text === undefined) return null;
  const { contentFree: _calibrationInputs, ...rest } = fields;
  return { ...rest, examples: [text], selectedIndex: 0 };
}

/** Explains the selected example now, and keeps explaining it as the inputs change. */
export function explainSelected(): void {
  useExplanationStore.setState({ following: true });
  // The same inputs as the table's prediction (demonstrations included): one list, in modelSync.
  unsubscribe ??= useAppStore.subscribe((state, previous) => {
    if (predictionInputsChanged(state, previous)) void requestExplanation(false);
  });
  void requestExplanation(true);
}

async function requestExplanation(force: boolean): Promise<void> {
  const state = useAppStore.getState();
  const client = workerClient();
  const active = state.model.active;
  if (!client || !active) return;
  const set = useExplanationStore.setState;
  const shown = useExplanationStore.getState().explanation;
  const input = explanationInput(state);
  if (!input) {
    answers.take(); // an answer still on its way is for inputs that are gone
    lastKey = null;
    set({ running: null, outdated: shown !== null });
    return;
  }
  const key = JSON.stringify([active.model, active.dtype, active.backend, input]);
  if (!force && key === lastKey) return;
  lastKey = key;
  const ticket = answers.take();
  const text = input.examples[0] ?? '';
  const textWords = splitWords(text);
  const ownWords = templateWords(input.template);
  set({
    running: { words: textWords.length, templateWords: ownWords.length },
    outdated: shown !== null,
    error: null,
  });
  const started = performance.now();
  const outcome = await client.explain(input);
  if (!answers.isNewest(ticket)) return;
  if (outcome.kind === 'ok')
    set({
      explanation: {
        text,
        template: input.template,
        classNames: input.classes.map((c) => c.name),
        textWords,
        templateWords: ownWords,
        scores: outcome.value,
        ms: performance.now() - started,
      },
      running: null,
      outdated: false,
    });
  else {
    lastKey = null; // the same inputs may be asked again
    set({
      running: null,
      error: outcome.kind === 'failed' ? outcome.error : { code: 'inference', message: '' },
    });
  }
}

/** The prior the table divides by (null for no calibration), and whether it is still coming. */
export function selectExplanationPrior(s: AppState): number[] | null | 'pending' {
  if (s.calibration === 'none') return null;
  return selectShownProbabilities(s).prior ?? 'pending';
}

/** One word with the drop of the predicted class's probability when it is removed. */
export interface WordDrop<W extends WordSpan = WordSpan> {
  span: W;
  drop: number;
}

/** What the Explanation region shows. */
export interface ExplanationView {
  className: string;
  probability: number;
  text: Array<WordDrop>;
  template: Array<WordDrop<TemplateWordSpan>>;
  /** The largest drop in size, text and template together (what the darkest shade stands for). */
  scale: number;
}

/** The explanation's drops under the table's calibration `prior` (see occlusionDrops). */
export function explanationView(explanation: Explanation, prior: number[] | null): ExplanationView {
  const { scores } = explanation;
  const result = occlusionDrops(scores.full, scores.textVariants, scores.templateVariants, prior);
  const drops = [...result.textDrops, ...result.templateDrops];
  return {
    className: explanation.classNames[result.predicted] ?? '',
    probability: result.probability,
    text: explanation.textWords.map((span, i) => ({ span, drop: result.textDrops[i] ?? 0 })),
    template: explanation.templateWords.map((span, i) => ({
      span,
      drop: result.templateDrops[i] ?? 0,
    })),
    scale: Math.max(0, ...drops.map(Math.abs)),
  };
}
