/**
 * "Suggest templates": scores the library templates that fit the search rows, one after the
 * other, with the current label words, and keeps the ranked figures. Each template is one
 * chunked request: the worker then batches rows of similar length (one whole batch padded every
 * row to the longest: 24 templates × 64 SST-2 rows took 9.4 s whole against 5.8 s chunked in
 * Node), Cancel stops it between chunks, and an edit (whose prediction overtakes the request in
 * the worker) stops the search.
 */
import { create } from 'zustand';
import { goldIndices } from '../core/metrics';
import { promptFigures } from '../core/evaluation/promptFigures';
import { digestRows } from '../core/tuning/provenance';
import {
  applicableTemplates,
  rankTemplateScores,
  type CandidateTemplate,
  type TaskFilter,
  type TemplateScore,
} from '../core/search/templateRanking';
import type { Example } from '../core/examples';
import { evaluationPredictFields, predictAgain, workerClient } from './modelSync';
import {
  memoizeLast,
  selectEvaluationExamples,
  selectSearchRows,
  selectVerbalizerIssues,
} from './selectors';
import { useAppStore, type AppState } from './store';

/** How the last search ended. */
export type TemplateSearchOutcome =
  | { kind: 'done'; ms: number; templates: number; rows: number }
  | { kind: 'cancelled' | 'overtaken'; done: number; total: number; ms: number }
  | { kind: 'failed'; message: string };

/** Why the search cannot run now. */
export type TemplateSearchBlocker = 'noModel' | 'noRows' | 'badVerbalizer' | 'noTemplates';

/** The search's own slice: progress, ranked figures and what they were computed for. */
export interface TemplateSearchState {
  running: boolean;
  done: number;
  total: number;
  /** Ranked best first; during a run, the templates scored so far. */
  results: TemplateScore[];
  outcome: TemplateSearchOutcome | null;
  /** `searchBasis` of the inputs the results were computed for. */
  basis: string | null;
  /** Which task's templates to try. */
  task: TaskFilter;
}

/** The template search's store, apart from the app's (it is not saved with the workspace). */
export const useTemplateSearch = create<TemplateSearchState>(() => ({
  running: false,
  done: 0,
  total: 0,
  results: [],
  outcome: null,
  basis: null,
  task: 'all',
}));

interface SearchInputs {
  rows: Example[];
  candidates: CandidateTemplate[];
}

type InputsKey = { examples: Example[]; train: number[]; task: TaskFilter };
const inputsMemo = memoizeLast(({ examples, train, task }: InputsKey): SearchInputs => {
  const rows = train.flatMap((i) => (examples[i] ? [examples[i]] : []));
  return { rows, candidates: applicableTemplates(rows, task) };
});
let inputsKey: InputsKey | null = null;
/** The rows the search scores on and the templates it would try, for `task`. */
export function searchInputs(state: AppState, task: TaskFilter): SearchInputs {
  const examples = selectEvaluationExamples(state);
  const { train } = selectSearchRows(state);
  const k = inputsKey;
  if (!k || k.examples !== examples || k.train !== train || k.task !== task)
    inputsKey = { examples, train, task };
  return inputsMemo(inputsKey as InputsKey);
}

type BasisKey = Pick<AppState, 'classes' | 'labelWordsAfterSpace' | 'calibration'> & {
  active: AppState['model']['active'];
  rows: Example[];
};
const basisMemo = memoizeLast((k: BasisKey): string =>
  JSON.stringify([
    k.active?.model ?? null,
    k.active?.dtype ?? null,
    digestRows(k.rows.map((r) => `${r.gold ?? ''}\t${r.text}\t${r.textB ?? ''}`)),
    k.classes.map((c) => [c.name.trim(), c.labelWords]),
    k.labelWordsAfterSpace,
    k.calibration,
  ]),
);
let basisKey: BasisKey | null = null;
/** What the figures depend on: model, search rows, verbalizer and calibration. Memoised. */
export function searchBasis(state: AppState): string {
  const { rows } = searchInputs(state, useTemplateSearch.getState().task);
  const k = basisKey;
  if (
    !k ||
    k.active !== state.model.active ||
    k.rows !== rows ||
    k.classes !== state.classes ||
    k.labelWordsAfterSpace !== state.labelWordsAfterSpace ||
    k.calibration !== state.calibration
  )
    basisKey = {
      active: state.model.active,
      rows,
      classes: state.classes,
      labelWordsAfterSpace: state.labelWordsAfterSpace,
      calibration: state.calibration,
    };
  return basisMemo(basisKey as BasisKey);
}

/** Why the search cannot run on the current inputs, or null when it can. */
export function templateSearchBlocker(
  state: AppState,
  task: TaskFilter,
): TemplateSearchBlocker | null {
  if (!state.model.active) return 'noModel';
  if (selectVerbalizerIssues(state).length > 0) return 'badVerbalizer';
  const { rows, candidates } = searchInputs(state, task);
  if (rows.length === 0) return 'noRows';
  if (candidates.length === 0) return 'noTemplates';
  return null;
}

/** Chooses which task's templates the next search tries. */
export function setTemplateTask(task: TaskFilter): void {
  useTemplateSearch.setState({ task });
}

let cancelRequested = false;

/** Stops the search after the template being scored now. */
export function cancelTemplateSearch(): void {
  if (!useTemplateSearch.getState().running) return;
  cancelRequested = true;
  workerClient()?.cancelPredict();
}

/** Scores one template on the rows; its figures, or why it could not. */
async function scoreTemplate(
  candidate: CandidateTemplate,
  rows: Example[],
): Promise<TemplateScore | 'superseded' | { failed: string }> {
  const client = workerClient();
  const state = useAppStore.getState();
  const base = evaluationPredictFields({ ...state, template: candidate.template });
  if (!client || !base) return 'superseded';
  const { examplesB: _allRows, ...fields } = base;
  const pair = rows.some((r) => r.textB !== undefined);
  const outcome = await client.predict({
    ...fields,
    examples: rows.map((r) => r.text),
    ...(pair && { examplesB: rows.map((r) => r.textB ?? '') }),
    // Only contextual calibration reads the content-free inputs: other settings skip their runs.
    contentFree: state.calibration === 'contextual' ? (fields.contentFree ?? []) : [],
    selectedIndex: 0,
    tunedHead: null,
    chunked: true,
    priority: [],
  });
  if (outcome.kind === 'superseded') return 'superseded';
  if (outcome.kind === 'failed') {
    const error = outcome.error;
    return { failed: 'message' in error ? error.message : error.code };
  }
  const probs = outcome.value.examples.map((e) => e.probs);
  const names = base.classes.map((c) => c.name);
  const gold = goldIndices(
    rows.map((r) => r.gold),
    names,
  );
  const figure = (mode: AppState['calibration']) =>
    promptFigures(probs, outcome.value.contentFree, mode, gold, names.length).accuracy;
  return { ...candidate, accuracy: figure('none'), calibratedAccuracy: figure(state.calibration) };
}

/**
 * Scores every applicable template on the search rows, one after the other, keeping the ranked
 * figures in `useTemplateSearch` as they come. Resolves with how it ended (and how long it took).
 */
export async function suggestTemplates(): Promise<TemplateSearchOutcome | null> {
  const search = useTemplateSearch.getState();
  const start = useAppStore.getState();
  if (search.running || templateSearchBlocker(start, search.task)) return null;
  const { rows, candidates } = searchInputs(start, search.task);
  const basis = searchBasis(start);
  const began = performance.now();
  cancelRequested = false;
  useTemplateSearch.setState({
    running: true,
    done: 0,
    total: candidates.length,
    results: [],
    outcome: null,
    basis,
  });
  const results: TemplateScore[] = [];
  let outcome: TemplateSearchOutcome | null = null;
  for (const candidate of candidates) {
    const stopped = (kind: 'cancelled' | 'overtaken'): TemplateSearchOutcome => ({
      kind,
      done: results.length,
      total: candidates.length,
      ms: performance.now() - began,
    });
    if (cancelRequested) outcome = stopped('cancelled');
    else if (searchBasis(useAppStore.getState()) !== basis) outcome = stopped('overtaken');
    if (outcome) break;
    const scored = await scoreTemplate(candidate, rows);
    if (scored === 'superseded') {
      outcome = stopped(cancelRequested ? 'cancelled' : 'overtaken');
      break;
    }
    if ('failed' in scored) {
      outcome = { kind: 'failed', message: scored.failed };
      break;
    }
    results.push(scored);
    useTemplateSearch.setState({ done: results.length, results: rankTemplateScores(results) });
  }
  outcome ??= {
    kind: 'done',
    ms: performance.now() - began,
    templates: candidates.length,
    rows: rows.length,
  };
  useTemplateSearch.setState({ running: false, outcome });
  // The search's requests replaced the table's own prediction in the worker: ask again.
  predictAgain();
  return outcome;
}

/**
 * Makes a suggested template the workspace's template (not named `useTemplate`: React's lint
 * reads a `use…` name as a hook and would refuse it in a click handler).
 */
export function adoptTemplate(template: string): void {
  useAppStore.getState().setTemplate(template);
}
