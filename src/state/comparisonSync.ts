/**
 * The prompt comparison: adding the current prompt with its figures, adopting or removing an
 * entry, keeping the list in IndexedDB, and evaluating entries again on the rows and model of
 * now, so every entry in the table is counted on the same rows.
 */
import { del, get, set } from 'idb-keyval';
import { exampleKeys, type Example } from '../core/examples';
import { goldIndices } from '../core/metrics';
import {
  evaluationBasis,
  readComparisonEntries,
  samePrompt,
  type ComparisonEntry,
} from '../core/evaluation/comparison';
import { promptFigures } from '../core/evaluation/promptFigures';
import { digestRows } from '../core/tuning/provenance';
import { labelWordsOf, type VerbalizerClass } from '../core/verbalizer';
import { database } from './idbDatabase';
import { evaluationPredictFields, predictAgain, workerClient } from './modelSync';
import {
  memoizeLast,
  selectEvaluation,
  selectEvaluationExamples,
  selectResultsOutdated,
} from './selectors';
import { useAppStore, type AppState } from './store';

const COMPARISON_KEY = 'comparison-v1';
let nextId = Date.now();

/** Reads the stored comparison into the store (malformed entries are dropped). */
export async function restoreComparison(): Promise<void> {
  try {
    const stored: unknown = await get(COMPARISON_KEY, database());
    if (stored !== undefined) useAppStore.setState({ comparison: readComparisonEntries(stored) });
  } catch {
    // Storage unavailable: the comparison starts empty and lives in this tab.
  }
}

function keep(comparison: ComparisonEntry[]): void {
  useAppStore.setState({ comparison });
  const write =
    comparison.length > 0
      ? set(COMPARISON_KEY, comparison, database())
      : del(COMPARISON_KEY, database());
  write.catch(() => undefined); // a refused write leaves the list in this tab only
}

type BasisKey = { active: AppState['model']['active']; examples: Example[] };
const basisMemo = memoizeLast(({ active, examples }: BasisKey): string => {
  const keys = exampleKeys(examples.filter((e) => e.gold !== null));
  return active ? evaluationBasis(active.model, active.dtype, digestRows(keys)) : '';
});
let basisKey: BasisKey | null = null;
/**
 * What the rows of now are: model, precision and the evaluation rows' identities. Memoised: the
 * comparison reads it on every store change, and hashing 20,000 rows each time would not do.
 */
export function currentBasis(state: AppState): string {
  const examples = selectEvaluationExamples(state);
  if (!basisKey || basisKey.active !== state.model.active || basisKey.examples !== examples)
    basisKey = { active: state.model.active, examples };
  return basisMemo(basisKey);
}

/**
 * Whether the figures on screen are final for the current inputs (so they can be added). The
 * comparison compares prompts zero-shot (as it evaluates them again): not while a tuned head
 * scores the rows.
 */
export function canAddCurrent(state: AppState): boolean {
  const view = selectEvaluation(state);
  return (
    state.prediction.result !== null &&
    !selectResultsOutdated(state) &&
    !state.prediction.cancelled &&
    !view.usingTunedHead &&
    view.evaluated > 0
  );
}

/** Adds the current prompt with its figures (replacing the entry of the same prompt). */
export function addCurrentToComparison(): void {
  const state = useAppStore.getState();
  if (!canAddCurrent(state)) return;
  const view = selectEvaluation(state);
  const entry: ComparisonEntry = {
    id: `p${(nextId++).toString(36)}`,
    template: state.template,
    classes: state.classes.map((c) => ({ name: c.name.trim(), words: labelWordsOf(c) })),
    calibration: state.calibration,
    accuracy: view.metrics.accuracy,
    macroF1: view.metrics.macroF1,
    rows: view.evaluated,
    evaluatedOn: currentBasis(state),
  };
  const same = state.comparison.findIndex((e) => samePrompt(e, entry));
  const next = [...state.comparison];
  if (same >= 0) next[same] = { ...entry, id: state.comparison[same]?.id ?? entry.id };
  else next.push(entry);
  keep(next);
}

/** Removes an entry. */
export function removeFromComparison(id: string): void {
  keep(useAppStore.getState().comparison.filter((e) => e.id !== id));
}

/** Makes an entry the current prompt: its template, verbalizer and calibration. */
export function adoptComparison(id: string): void {
  const state = useAppStore.getState();
  const entry = state.comparison.find((e) => e.id === id);
  if (!entry) return;
  // Classes keep their ids where the names match, so nothing keyed by id is lost needlessly.
  const classes: VerbalizerClass[] = entry.classes.map((c, i) => ({
    id: state.classes.find((k) => k.name.trim() === c.name)?.id ?? `adopted-${id}-${i}`,
    name: c.name,
    labelWords: c.words.join(', '),
  }));
  useAppStore.setState({ template: entry.template, classes, calibration: entry.calibration });
}

/**
 * Evaluates every entry whose figures were counted on other rows or another model, one after
 * the other, on the rows of now. Returns false when it was overtaken (an edit, or the model
 * changed) before it finished; the entries done so far keep their new figures.
 */
export async function reevaluateComparison(
  onProgress: (done: number, total: number) => void,
): Promise<boolean> {
  const client = workerClient();
  const start = useAppStore.getState();
  const basis = currentBasis(start);
  const todo = start.comparison.filter((e) => e.evaluatedOn !== basis);
  const examples = selectEvaluationExamples(start);
  let finished = true;
  for (const [k, entry] of todo.entries()) {
    onProgress(k, todo.length);
    const base = evaluationPredictFields({
      ...useAppStore.getState(),
      template: entry.template,
      classes: entry.classes.map((c, i) => ({
        id: `c${i}`,
        name: c.name,
        labelWords: c.words.join(', '),
      })),
    });
    if (!client || !base || currentBasis(useAppStore.getState()) !== basis) {
      finished = false;
      break;
    }
    const outcome = await client.predict({ ...base, tunedHead: null, chunked: true, priority: [] });
    if (outcome.kind !== 'ok') {
      finished = false;
      break;
    }
    const gold = goldIndices(
      examples.map((e) => e.gold),
      entry.classes.map((c) => c.name),
    );
    const figures = promptFigures(
      outcome.value.examples.map((e) => e.probs),
      outcome.value.contentFree,
      entry.calibration,
      gold,
      entry.classes.length,
    );
    const now = useAppStore.getState().comparison;
    keep(now.map((e) => (e.id === entry.id ? { ...e, ...figures, evaluatedOn: basis } : e)));
  }
  onProgress(todo.length, todo.length);
  // The comparison's requests replaced the table's own prediction in the worker: ask again.
  predictAgain();
  return finished;
}
