/**
 * "Suggest label words" (issue #12): builds the worker request from the workspace (the search
 * rows, the template, the class names, the calibration), keeps the answer with a key of the
 * inputs it was computed for, so an answer for other inputs shows as out of date, and adopts the
 * best assignment into the classes' Label words boxes.
 */
import { create } from 'zustand';
import { goldIndices } from '../core/metrics';
import { digestRows } from '../core/tuning/provenance';
import type { LabelWordSuggestions, WorkerError } from '../runtime/protocol';
import { workerClient } from './modelSync';
import {
  memoizeLast,
  selectEvaluationExamples,
  selectParsedTemplate,
  selectSearchRows,
  selectVerbalizerIssues,
} from './selectors';
import { useAppStore, type AppState } from './store';

/** Candidates kept per class. */
export const LABEL_WORD_CANDIDATES = 20;
/** The texts contextual calibration scores in the template (as the evaluation does). */
const CONTENT_FREE_TEXTS = ['N/A', ''];

/** Why the search cannot run now. */
export type LabelWordBlocker =
  | { code: 'noModel' }
  | { code: 'invalidTemplate' }
  /** Fewer than two classes, or a class without a distinct name. */
  | { code: 'classNames' }
  | { code: 'noLabelledRows' }
  | { code: 'tooFewClassesWithRows' }
  | { code: 'classWithoutRows'; classNames: string[] };

type SearchRequest = Parameters<
  NonNullable<ReturnType<typeof workerClient>>['suggestLabelWords']
>[0];

/** What a search would send, and the key of its inputs; or why it cannot run. */
export type LabelWordPlan =
  | { ok: true; request: SearchRequest; key: string; source: 'trainingSample' | 'allLabelled' }
  | { ok: false; blocker: LabelWordBlocker };

type PlanKey = {
  state: Pick<AppState, 'template' | 'classes' | 'calibration' | 'labelWordsAfterSpace' | 'model'>;
  examples: ReturnType<typeof selectEvaluationExamples>;
  rows: ReturnType<typeof selectSearchRows>;
};

const planMemo = memoizeLast(({ state, examples, rows }: PlanKey): LabelWordPlan => {
  const full = state as AppState;
  const active = state.model.active;
  if (!active) return { ok: false, blocker: { code: 'noModel' } };
  const parsed = selectParsedTemplate(full);
  if (!parsed.ok) return { ok: false, blocker: { code: 'invalidTemplate' } };
  const naming = new Set(['tooFewClasses', 'emptyClassName', 'duplicateClassName']);
  if (selectVerbalizerIssues(full).some((i) => naming.has(i.code)))
    return { ok: false, blocker: { code: 'classNames' } };
  if (rows.train.length === 0) return { ok: false, blocker: { code: 'noLabelledRows' } };
  const classNames = state.classes.map((c) => c.name.trim());
  const train = rows.train.map((i) => examples[i]!);
  const labels = goldIndices(
    train.map((e) => e.gold),
    classNames,
  );
  const without = classNames.filter((_, c) => !labels.includes(c));
  if (classNames.length - without.length < 2)
    return { ok: false, blocker: { code: 'tooFewClassesWithRows' } };
  if (without.length > 0)
    return { ok: false, blocker: { code: 'classWithoutRows', classNames: without } };
  const request: SearchRequest = {
    type: 'suggestLabelWords',
    input: {
      template: parsed.segments,
      examples: train.map((e) => e.text),
      // The search reads the rows on one mask and ignores the current words (labelWordJob.ts).
      classes: classNames.map((name) => ({ name, words: [] })),
      selectedIndex: 0,
      labelWordsAfterSpace: state.labelWordsAfterSpace,
      tunedHead: null,
    },
    labels,
    k: LABEL_WORD_CANDIDATES,
    calibration: state.calibration,
    contentFree: CONTENT_FREE_TEXTS,
  };
  // Label words are not an input: adopting the suggestions keeps them current.
  const key = digestRows([
    active.model,
    active.dtype,
    state.template,
    state.calibration,
    String(state.labelWordsAfterSpace),
    ...classNames,
    ...train.map((e, i) => `${labels[i]}\t${e.text}`),
  ]);
  return { ok: true, request, key, source: rows.source };
});
let planKey: PlanKey | null = null;

/** The search the workspace asks for now (memoised on the inputs it reads). */
export function selectLabelWordPlan(s: AppState): LabelWordPlan {
  const examples = selectEvaluationExamples(s);
  const rows = selectSearchRows(s);
  const k = planKey;
  if (
    !k ||
    k.examples !== examples ||
    k.rows !== rows ||
    k.state.template !== s.template ||
    k.state.classes !== s.classes ||
    k.state.calibration !== s.calibration ||
    k.state.labelWordsAfterSpace !== s.labelWordsAfterSpace ||
    k.state.model !== s.model
  )
    planKey = { state: s, examples, rows };
  return planMemo(planKey as PlanKey);
}

/** The search's own slice: the job running, the last answer and the key of its inputs. */
export interface LabelWordSearchState {
  running: { jobId: number } | null;
  result: { suggestions: LabelWordSuggestions; key: string; source: string } | null;
  error: WorkerError | null;
  cancelled: boolean;
}

/** The label-word search's store (apart from the workspace: nothing here is saved). */
export const useLabelWordSearch = create<LabelWordSearchState>()(() => ({
  running: null,
  result: null,
  error: null,
  cancelled: false,
}));

/** Whether the shown suggestions were computed for other inputs than the workspace's now. */
export function suggestionsOutdated(
  result: LabelWordSearchState['result'],
  plan: LabelWordPlan,
): boolean {
  return result !== null && (!plan.ok || plan.key !== result.key);
}

/** Starts a search for the workspace of now (a running one is cancelled first). */
export async function suggestLabelWords(): Promise<void> {
  const client = workerClient();
  const plan = selectLabelWordPlan(useAppStore.getState());
  if (!client || !plan.ok) return;
  cancelLabelWordSearch();
  const job = client.suggestLabelWords(plan.request);
  useLabelWordSearch.setState({ running: { jobId: job.jobId }, error: null, cancelled: false });
  const outcome = await job.answer;
  if (useLabelWordSearch.getState().running?.jobId !== job.jobId) return;
  if (outcome.kind === 'ok')
    useLabelWordSearch.setState({
      running: null,
      result: { suggestions: outcome.value, key: plan.key, source: plan.source },
    });
  else if (outcome.kind === 'failed')
    useLabelWordSearch.setState({ running: null, error: outcome.error });
  else useLabelWordSearch.setState({ running: null, cancelled: true });
}

/** Stops the running search (between model runs in the worker); the last answer stays. */
export function cancelLabelWordSearch(): void {
  const running = useLabelWordSearch.getState().running;
  if (!running) return;
  workerClient()?.cancelLabelWords(running.jobId);
  useLabelWordSearch.setState({ running: null, cancelled: true });
}

/** Writes the best assignment's words into the Label words boxes, class by class name. */
export function adoptSuggestedWords(): void {
  const state = useAppStore.getState();
  const { result } = useLabelWordSearch.getState();
  const best = result?.suggestions.assignments[0];
  if (!result || !best || suggestionsOutdated(result, selectLabelWordPlan(state))) return;
  for (const cls of state.classes) {
    const at = result.suggestions.classNames.indexOf(cls.name.trim());
    const word = best.words[at];
    if (word !== undefined) state.setLabelWords(cls.id, word);
  }
}
