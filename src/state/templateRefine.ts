/**
 * "Refine template": runs the greedy loop of core/search/refine.ts against the worker — slot
 * candidates from the model, each variant scored zero-shot on the search's training rows with
 * the workspace's calibration — then checks the start and the result on rows the search did not
 * see (or, when it saw every labelled row, on all evaluation rows, and says so). Its own small
 * store: the run's progress and result are nobody else's business.
 */
import { create } from 'zustand';
import type { CalibrationMode } from '../core/evaluation/calibration';
import { promptFigures, type PromptFigures } from '../core/evaluation/promptFigures';
import { goldIndices } from '../core/metrics';
import {
  DEFAULT_REFINE,
  refineTemplate,
  type RefineEnd,
  type RefineOptions,
  type RefineProgress,
  type RefineStep,
} from '../core/search/refine';
import { probeRows, SLOT_PROBE_ROWS } from '../core/search/slotCandidates';
import { parseTemplate } from '../core/template';
import type { PredictRequestFields } from '../runtime/protocol';
import { evaluationPredictFields, predictAgain, workerClient } from './modelSync';
import { selectEvaluationExamples, selectSearchRows } from './selectors';
import { useAppStore, type AppState } from './store';

/** The refined template checked on rows apart from the search's, beside the start. */
export interface RefineCheck {
  /** 'heldOut': labelled rows the search did not see; 'allEvaluation': none were held out. */
  rows: 'heldOut' | 'allEvaluation';
  count: number;
  start: number | null;
  refined: number | null;
}

/** A finished (or stopped) refinement. */
export interface RefineResult {
  steps: RefineStep[];
  /** Why it ended; 'overtaken' when an edit or another request came first. */
  end: RefineEnd | 'overtaken' | 'cancelled';
  trainRows: number;
  calibration: CalibrationMode;
  check: RefineCheck | null;
  /** Wall time of each round the search ran, in ms. */
  roundMs: number[];
}

/** What the Refine template section shows. */
export type RefineState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: RefineProgress | null; rounds: number }
  | { phase: 'done'; result: RefineResult }
  | { phase: 'failed'; reason: 'noTrainingRows' | 'invalidPrompt' | 'model'; detail: string };

/** The refinement's own store. */
export const useRefineStore = create<RefineState>()(() => ({ phase: 'idle' }));

/** The refinement's settings; tests can shorten a run (`?refineRounds=1`). */
function refineOptions(): RefineOptions {
  const rounds = Number(new URLSearchParams(globalThis.location?.search ?? '').get('refineRounds'));
  return Number.isInteger(rounds) && rounds > 0 ? { ...DEFAULT_REFINE, rounds } : DEFAULT_REFINE;
}

/** The inputs a refinement depends on: any change to them overtakes it. */
const inputsOf = (s: AppState) => [
  s.template,
  s.classes,
  s.examplesText,
  s.dataset,
  s.calibration,
  s.labelWordsAfterSpace,
  s.model.active,
];

let cancelled = false;

/** Stops the refinement after the model call in flight; the trajectory so far stays. */
export function cancelRefine(): void {
  cancelled = true;
}

/** Starts "Refine template" from the current template (nothing happens while one runs). */
export async function refineCurrentTemplate(): Promise<void> {
  if (useRefineStore.getState().phase === 'running') return;
  const client = workerClient();
  const state = useAppStore.getState();
  const base = evaluationPredictFields(state);
  const split = selectSearchRows(state);
  const examples = selectEvaluationExamples(state);
  const fail = (reason: 'noTrainingRows' | 'invalidPrompt' | 'model', detail = '') =>
    useRefineStore.setState({ phase: 'failed', reason, detail }, true);
  if (!client || !base || !state.model.active) return fail('invalidPrompt');
  if (split.train.length === 0) return fail('noTrainingRows');
  const options = refineOptions();
  cancelled = false;
  useRefineStore.setState({ phase: 'running', progress: null, rounds: options.rounds }, true);

  const startInputs = inputsOf(state);
  const changed = () => inputsOf(useAppStore.getState()).some((v, i) => v !== startInputs[i]);
  const classNames = base.classes.map((c) => c.name);
  const gold = goldIndices(
    examples.map((e) => e.gold),
    classNames,
  );
  let overtaken = false;
  let failure: string | null = null;

  /** Figures of `template` on `rows` (indices into `examples`), or null when stopped. */
  const figuresOn = async (
    template: string,
    rows: number[],
    chunked: boolean,
  ): Promise<PromptFigures | null> => {
    const parsed = parseTemplate(template);
    if (!parsed.ok) return { accuracy: 0, macroF1: 0, rows: 0 };
    const fields: PredictRequestFields = {
      ...base,
      template: parsed.segments,
      examples: rows.map((i) => examples[i]?.text ?? ''),
      selectedIndex: 0,
      tunedHead: null,
      // Only contextual calibration reads the content-free inputs: other settings skip their runs.
      contentFree: state.calibration === 'contextual' ? (base.contentFree ?? []) : [],
    };
    const outcome = await client.predict({ ...fields, chunked, priority: [] });
    if (outcome.kind === 'superseded') overtaken = true;
    if (outcome.kind === 'failed') failure = JSON.stringify(outcome.error);
    if (outcome.kind !== 'ok') return null;
    return promptFigures(
      outcome.value.examples.map((e) => e.probs),
      outcome.value.contentFree,
      state.calibration,
      rows.map((i) => gold[i] ?? -1),
      classNames.length,
    );
  };

  const firstWords = base.classes.map((c) => c.words[0] ?? '');
  const probes = probeRows(split.train, (i) => gold[i] ?? -1, SLOT_PROBE_ROWS).map((i) => ({
    text: examples[i]?.text ?? '',
    labelWord: firstWords[gold[i] ?? 0] ?? '',
  }));
  const roundStarts: number[] = [];
  const outcome = await refineTemplate(
    state.template,
    {
      candidatesFor: async (template, slot) => {
        const answer = await client.slotCandidates({
          template,
          slot: slot.index,
          rows: probes,
          labelWordsAfterSpace: state.labelWordsAfterSpace,
          count: options.candidates,
        });
        if (answer.kind === 'ok') return answer.value;
        if (answer.kind === 'failed') failure = JSON.stringify(answer.error);
        return null;
      },
      accuracyOf: async (templates, onScored) => {
        const out: number[] = [];
        for (const template of templates) {
          if (cancelled || changed()) return null;
          // Chunked: rows of similar length batch together (a whole run pads every row to the
          // longest one, which made template scoring 1.6× slower), and Cancel acts between chunks.
          const figures = await figuresOn(template, split.train, true);
          if (figures === null) return null;
          out.push(figures.accuracy ?? 0);
          onScored();
        }
        return out;
      },
      onProgress: (progress) => {
        if (progress.total === 0) roundStarts.push(performance.now());
        useRefineStore.setState({ phase: 'running', progress, rounds: options.rounds }, true);
      },
      shouldStop: () => cancelled || changed(),
    },
    options,
  );
  roundStarts.push(performance.now());
  const roundMs = roundStarts.slice(1).map((t, i) => t - (roundStarts[i] ?? t));

  if (failure !== null) {
    fail('model', failure);
  } else {
    const stoppedBy = changed() || overtaken ? 'overtaken' : cancelled ? 'cancelled' : null;
    const steps = outcome.steps;
    const check =
      stoppedBy === null && steps.length > 0
        ? await checkApart(
            steps[0]?.template ?? '',
            steps[steps.length - 1]?.template ?? '',
            split.heldOut,
            examples.map((_, i) => i),
            (template, rows) => figuresOn(template, rows, true),
          )
        : null;
    useRefineStore.setState(
      {
        phase: 'done',
        result: {
          steps,
          end: stoppedBy ?? outcome.end,
          trainRows: split.train.length,
          calibration: state.calibration,
          check,
          roundMs,
        },
      },
      true,
    );
  }
  // The refinement's requests replaced the table's own prediction in the worker: ask again.
  predictAgain();
}

/** The start and the refined template on the held-out rows, else on all evaluation rows. */
async function checkApart(
  start: string,
  refined: string,
  heldOut: number[],
  all: number[],
  figuresOn: (template: string, rows: number[]) => Promise<PromptFigures | null>,
): Promise<RefineCheck | null> {
  const rows = heldOut.length > 0 ? heldOut : all;
  const before = await figuresOn(start, rows);
  const after = refined === start ? before : await figuresOn(refined, rows);
  if (before === null || after === null) return null;
  return {
    rows: heldOut.length > 0 ? 'heldOut' : 'allEvaluation',
    count: after.rows,
    start: before.accuracy,
    refined: after.accuracy,
  };
}

/** Makes the refined template the workspace's template. */
export function adoptRefinedTemplate(): void {
  const state = useRefineStore.getState();
  if (state.phase !== 'done') return;
  const last = state.result.steps[state.result.steps.length - 1];
  if (last) useAppStore.getState().setTemplate(last.template);
}
