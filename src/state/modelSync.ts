/**
 * The bridge between the store and the model worker: loads models, and whenever the workspace
 * changes sends one predict request and writes its answer back. The only user of the worker
 * client. Answers to requests that a newer one has replaced are dropped.
 */
import {
  defaultDtype,
  modelLabel,
  readServedModels,
  sameSource,
  sourceFromLink,
  type ModelSource,
} from '../core/modelSource';
import { templateKey } from '../core/template';
import { tuningFingerprint } from '../core/tuning/fingerprint';
import { labelWordsOf } from '../core/verbalizer';
import { beginRows, fillRows, type RowProgress } from '../core/progressiveRows';
import type {
  Backend,
  BackendChoice,
  ExampleScores,
  PartialPrediction,
  PredictCounters,
  PredictRequestFields,
  PredictSummary,
  WorkerMemory,
} from '../runtime/protocol';
import type { OrtBuildChoice } from '../runtime/ort/runtime';
import { autoBackend } from '../runtime/gpuAdapter';
import { noRuns } from '../runtime/predictTypes';
import { ModelWorkerClient } from '../runtime/workerClient';
import type { Example } from '../core/examples';
import {
  selectEvaluationExamples,
  selectExamples,
  selectParsedTemplate,
  selectSearchRows,
  selectSelectedIndex,
  selectVerbalizerIssues,
} from './selectors';
import { NewestAnswerWins } from './newestAnswerWins';
import { useAppStore, type AppState } from './store';
import { bundledModelFor } from '../core/bundledModels';

let client: ModelWorkerClient | null = null;
const predictions = new NewestAnswerWins();
const loads = new NewestAnswerWins();
const cacheReads = new NewestAnswerWins();
/** The source of the model answering now. */
let activeSource: ModelSource | null = null;
/** The files of the last folder picked, so a backend change can load that folder again. */
let lastFolderFiles: File[] = [];

/** Starts the model worker, which compiles ORT at once, before anything else is ready. */
export function startModelWorker(): void {
  client ??= new ModelWorkerClient(ortBuildFromUrl());
}

/**
 * Loads the model: a shared link (?model=…&hub=…) wins over the saved choice. Only a link needs
 * the expected backend (its default dtype), so a plain visit does not wait for the adapter.
 */
async function chooseFirstModel(): Promise<void> {
  const { model } = useAppStore.getState();
  const link = new URLSearchParams(location.search);
  const linked =
    link.has('model') &&
    sourceFromLink(location.search, model.hubHost, defaultDtype(await expectedBackend()));
  const source = linked || model.source;
  await chooseModel(source);
}

/** Loads the chosen (or linked) model and keeps predictions in step with the workspace. */
export function startModelSync(): void {
  startModelWorker();
  void chooseFirstModel();
  void refreshCacheSize();
  void loadServedModels();
  useAppStore.subscribe((state, previous) => {
    if (predictionInputsChanged(state, previous)) void requestPrediction();
  });
}

/**
 * Whether a store change touches what a prediction is computed from (the prompt, the rows, the
 * selection, demonstrations, the model, the tuned head): whatever follows the prediction (the
 * table, an explanation on screen) asks again.
 */
export function predictionInputsChanged(state: AppState, previous: AppState): boolean {
  return (
    state.template !== previous.template ||
    state.classes !== previous.classes ||
    state.examplesText !== previous.examplesText ||
    state.selectedIndex !== previous.selectedIndex ||
    state.labelWordsAfterSpace !== previous.labelWordsAfterSpace ||
    state.demonstrations !== previous.demonstrations ||
    state.dataset !== previous.dataset ||
    state.model.active !== previous.model.active ||
    state.tuning.head !== previous.tuning.head ||
    state.tuning.useTuned !== previous.tuning.useTuned
  );
}

/**
 * Loads a model and makes it the active one when it is ready. Until then (and if it fails or is
 * cancelled) the previous model keeps answering. `backend` defaults to the one asked for.
 */
export async function chooseModel(
  source: ModelSource,
  folderFiles: File[] = [],
  backend: BackendChoice = wantedBackend(useAppStore.getState().backend),
): Promise<void> {
  if (!client) return;
  const ticket = loads.take();
  const { setModel } = useAppStore.getState();
  if (source.kind === 'folder' && folderFiles.length > 0) lastFolderFiles = folderFiles;
  const label = modelLabel(source);
  setModel({ source, loading: { label, files: [] }, loadError: null });
  const outcome = await client.load(
    {
      source,
      backend,
      rewriteHead: headRewriteFromUrl(),
      folderFiles,
    },
    (file, loaded, total) => {
      if (!loads.isNewest(ticket)) return;
      const files = useAppStore.getState().model.loading?.files ?? [];
      const others = files.filter((f) => f.file !== file);
      const at = files.findIndex((f) => f.file === file);
      const next = [...others];
      next.splice(at < 0 ? others.length : at, 0, { file, loaded, total });
      setModel({ loading: { label, files: next } });
    },
  );
  if (!loads.isNewest(ticket)) return;
  if (outcome.kind === 'ok') {
    activeSource = source;
    setModel({ active: outcome.value, loading: null });
  } else {
    const error = outcome.kind === 'failed' ? outcome.error : null;
    setModel({
      loading: null,
      // The saved choice goes back to what still answers, so a reload does not retry a broken model.
      source: activeSource ?? fallbackModel(),
      loadError: {
        label,
        failure: error?.code === 'modelLoad' ? error.failure : 'other',
        detail:
          error?.code === 'modelLoad'
            ? error.detail
            : error && 'message' in error
              ? error.message
              : '',
      },
    });
    // Nothing answers yet (a shared link to a broken model, say): fall back to the bundled model.
    if (!activeSource && !sameSource(source, fallbackModel())) {
      const failed = useAppStore.getState().model.loadError;
      await chooseModel(fallbackModel());
      setModel({ loadError: failed });
    }
  }
  void refreshCacheSize();
}

/** The model to fall back to when nothing answers: the UI language's bundled model. */
function fallbackModel(): ModelSource {
  return bundledModelFor(useAppStore.getState().language);
}

/**
 * Switches the backend: the choice is saved, wins over `?backend=` from now on (the parameter
 * leaves the address bar), and the current model loads again on it.
 */
export async function chooseBackend(backend: BackendChoice): Promise<void> {
  const url = new URL(location.href);
  if (url.searchParams.has('backend')) {
    url.searchParams.delete('backend');
    history.replaceState(history.state, '', url);
  }
  const state = useAppStore.getState();
  state.setBackend(backend);
  const { source } = state.model;
  await chooseModel(source, source.kind === 'folder' ? lastFolderFiles : []);
}

/** The backend asked for: `?backend=` in the URL when present, else the saved choice. */
export function wantedBackend(saved: BackendChoice): BackendChoice {
  return backendFromUrl() ?? saved;
}

/** The worker's memory, or null when it cannot tell (tests and bench only). */
export async function workerMemory(): Promise<WorkerMemory | null> {
  const outcome = await client?.memory();
  return outcome?.kind === 'ok' ? outcome.value : null;
}

/** What the worker's predictions have cost so far, or null (tests and bench only). */
export async function predictCounters(): Promise<PredictCounters | null> {
  return (await client?.predictCounters()) ?? null;
}

/** Lists the models `npm run fetch-model` put in public/models (none when the index is absent). */
async function loadServedModels(): Promise<void> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}models/index.json`);
    const served = response.ok ? readServedModels(await response.json()) : [];
    useAppStore.getState().setModel({ served });
  } catch {
    // No index (or the dev server's HTML fallback): only the bundled model is served.
  }
}

/** Stops the download in progress; the previous model stays. */
export function cancelModelLoad(): void {
  client?.cancelLoad();
}

/**
 * Re-reads how many bytes the browser's model cache holds. Reads overlap (a load's re-read, then
 * "Clear model cache"), and the worker answers each when its walk over the cache ends: an older
 * read that counted the files before the clear must not land after the clear's zero.
 */
export async function refreshCacheSize(clear = false): Promise<void> {
  if (!client) return;
  const ticket = cacheReads.take();
  // Null (unknown) when the Cache API refuses, rather than a made-up zero.
  const bytes = await client.cacheBytes(clear);
  if (cacheReads.isNewest(ticket)) useAppStore.getState().setModel({ cacheBytes: bytes });
}

/**
 * The predict request for the workspace's typed examples (what tuning trains on), or null when
 * they cannot be scored.
 */
export function currentPredictFields(state: AppState): PredictRequestFields | null {
  return predictFieldsFor(state, selectExamples(state));
}

/** The texts contextual calibration scores in the template (Zhao et al. 2021). */
const CONTENT_FREE_TEXTS = ['N/A', ''];

/**
 * The predict request for every row on screen (typed examples, then the dataset) with the
 * content-free inputs for calibration, or null when they cannot be scored.
 */
export function evaluationPredictFields(state: AppState): PredictRequestFields | null {
  const fields = predictFieldsFor(state, selectEvaluationExamples(state));
  return fields && { ...fields, contentFree: CONTENT_FREE_TEXTS };
}

function predictFieldsFor(state: AppState, examples: Example[]): PredictRequestFields | null {
  const parsed = selectParsedTemplate(state);
  if (!parsed.ok || selectVerbalizerIssues(state).length > 0 || examples.length === 0) return null;
  const classes = state.classes.map((c) => ({ name: c.name.trim(), words: labelWordsOf(c) }));
  const head = state.tuning.head;
  const active = state.model.active;
  // A tuned head applies only to the model, template and verbalizer it was trained for.
  const headFits =
    head !== null &&
    active !== null &&
    head.model === active.model &&
    head.dtype === active.dtype &&
    head.fingerprint ===
      tuningFingerprint(templateKey(parsed.segments), classes, state.labelWordsAfterSpace);
  return {
    template: parsed.segments,
    examples: examples.map((e) => e.text),
    // Second texts only when some row has one: a template's {text_b} is empty for the others.
    ...(examples.some((e) => e.textB !== undefined) && {
      examplesB: examples.map((e) => e.textB ?? ''),
    }),
    classes,
    selectedIndex: selectSelectedIndex(state),
    labelWordsAfterSpace: state.labelWordsAfterSpace,
    tunedHead: state.tuning.useTuned && headFits ? head : null,
    ...demonstrationFields(state, classes, examples.length),
  };
}

/**
 * The demonstrations of a request when they are on and there are labelled rows to draw from:
 * the search rows (the tuned head's training sample, else every labelled row) with their gold
 * classes. The request's examples are the evaluation rows or their typed prefix, so an example's
 * index is its evaluation row's.
 */
function demonstrationFields(
  state: AppState,
  classes: Array<{ name: string }>,
  exampleCount: number,
): Pick<PredictRequestFields, 'demonstrations'> {
  const { enabled, ...settings } = state.demonstrations;
  if (!enabled) return {};
  const rows = selectEvaluationExamples(state);
  const { train } = selectSearchRows(state);
  if (train.length === 0) return {};
  const names = classes.map((c) => c.name);
  const poolIndex = new Map(train.map((row, k) => [row, k]));
  return {
    demonstrations: {
      ...settings,
      texts: train.map((row) => rows[row]?.text ?? ''),
      classIndex: train.map((row) => names.indexOf(rows[row]?.gold?.trim() ?? '')),
      poolIndexOfExample: rows.slice(0, exampleCount).map((_, i) => poolIndex.get(i) ?? -1),
    },
  };
}

/** The worker client, for the tuning bridge. */
export function workerClient(): ModelWorkerClient | null {
  return client;
}

async function requestPrediction(): Promise<void> {
  const state = useAppStore.getState();
  if (!client || !state.model.active) return;
  const ticket = predictions.take();
  const fields = evaluationPredictFields(state);
  // Rows an older prediction filled in are not current for these inputs: `current: null` with
  // `pending` marks every row outdated until this prediction's own rows arrive.
  if (!fields) {
    state.setPrediction({ stale: true, pending: false, current: null });
    return;
  }
  const examples = selectEvaluationExamples(state);
  const classNames = fields.classes.map((c) => c.name);
  if (
    !state.prediction.pending ||
    state.prediction.current ||
    state.prediction.cancelled ||
    state.prediction.requestedRows !== examples.length
  )
    state.setPrediction({
      pending: true,
      current: null,
      cancelled: false,
      requestedRows: examples.length,
    });
  let rows: RowProgress<ExampleScores> | null = null;
  let summary: PredictSummary | null = null;
  // Content-free scores of older inputs would calibrate these rows wrongly: none until they come.
  let contentFree: number[][] | null = null;
  const showRows = (partial: PartialPrediction) => {
    if (!predictions.isNewest(ticket)) return;
    const { prediction, setPrediction } = useAppStore.getState();
    summary = partial.summary ?? summary;
    if (partial.contentFree) contentFree = partial.contentFree;
    rows ??= beginRows(
      {
        texts: prediction.examples.map((e) => e.text),
        classNames: prediction.classNames,
        scores: prediction.result?.examples ?? [],
      },
      fields.examples,
      classNames,
      UNSCORED,
    );
    rows = fillRows(rows, partial.rows);
    // The first visit has no earlier result: its rows show once the selected one's summary came.
    const base =
      prediction.result ??
      (summary && { ...summary, examples: [], contentFree: [], stats: noRuns() });
    if (!base) return;
    // These inputs are valid (they are being scored): no longer the last valid results.
    setPrediction({
      result: { ...base, ...summary, examples: rows.scores },
      examples,
      classNames,
      contentFree,
      current: rows.current,
      stale: false,
      error: null,
    });
  };
  // A cancel before the first rows came must still show this request's rows (none scored yet).
  showNoRowsYet = () => showRows({ rows: [], summary: null, contentFree: null });
  const outcome = await client.predict(
    { ...fields, chunked: chunkingFromUrl(), priority: rowsInView(fields.examples.length) },
    showRows,
  );
  if (!predictions.isNewest(ticket) || outcome.kind === 'superseded') return;
  const { setPrediction } = useAppStore.getState();
  if (outcome.kind === 'failed')
    setPrediction({ stale: true, pending: false, current: null, error: outcome.error });
  else
    setPrediction({
      result: outcome.value,
      examples,
      classNames,
      contentFree: outcome.value.contentFree,
      stale: false,
      pending: false,
      current: null,
      error: null,
    });
}

/**
 * Stops the evaluation in progress: the rows scored so far stay (and count), the rest stay
 * unscored until the next edit or "Resume evaluation".
 */
export function cancelEvaluation(): void {
  if (!useAppStore.getState().prediction.pending) return;
  showNoRowsYet();
  const { setPrediction } = useAppStore.getState();
  predictions.take(); // the running prediction's late rows no longer belong on screen
  client?.cancelPredict();
  setPrediction({ pending: false, cancelled: true });
}

/**
 * Predicts the workspace again: "Resume evaluation" after a cancel, or after other requests
 * replaced its prediction in the worker (rows already scored come from the cache).
 */
export function predictAgain(): void {
  void requestPrediction();
}

/** Puts the newest prediction's rows on screen as they are (see `cancelEvaluation`). */
let showNoRowsYet: () => void = () => undefined;

/** A row whose result is not known yet: no probabilities. */
const UNSCORED: ExampleScores = { probs: [], truncatedTokens: 0 };

/** The Predictions table's rows in view, most urgent first (set by the table as it scrolls). */
let visibleRows: number[] = [];

/**
 * Tells the prediction which rows (example indices) are in view: the next prediction computes
 * them first. Not stored: scrolling must not redraw anything.
 */
export function reportRowsInView(indices: number[]): void {
  visibleRows = indices;
}

function rowsInView(count: number): number[] {
  return visibleRows.filter((i) => i < count);
}

/**
 * `?backend=wasm` or `?backend=webgpu` forces a backend, `?head=original` skips the MLM-head
 * rewrite, `?ort=asyncify` loads ORT's older, larger build even where JSPI exists and
 * `?chunking=off` runs predictions whole: they exist for comparisons and the bench's baselines.
 */
function backendFromUrl(): BackendChoice | null {
  const value = new URLSearchParams(location.search).get('backend');
  return value === 'wasm' || value === 'webgpu' || value === 'auto' ? value : null;
}

/** `?chunking=off` runs every prediction whole: the bench's baseline for chunked predictions. */
function chunkingFromUrl(): boolean {
  return new URLSearchParams(location.search).get('chunking') !== 'off';
}

function ortBuildFromUrl(): OrtBuildChoice {
  return new URLSearchParams(location.search).get('ort') === 'asyncify' ? 'asyncify' : 'auto';
}

function headRewriteFromUrl(): boolean {
  return new URLSearchParams(location.search).get('head') !== 'original';
}

/**
 * The backend a model will most likely run on, to pick a default dtype before loading: the one
 * asked for, or what Auto will pick (it asks the browser for its WebGPU adapter, as the worker
 * will: a software adapter means WASM, and q8).
 */
async function expectedBackend(): Promise<Backend> {
  const forced = wantedBackend(useAppStore.getState().backend);
  return forced !== 'auto' ? forced : autoBackend();
}
