/**
 * The bridge between the store and the model worker: loads the model, and whenever the
 * workspace changes sends one predict request and writes its answer back. The only user of
 * the worker client. Answers to requests that a newer one has replaced are dropped.
 */
import { labelWordsOf } from '../core/verbalizer';
import { ModelWorkerClient } from '../runtime/workerClient';
import {
  selectExamples,
  selectParsedTemplate,
  selectSelectedIndex,
  selectVerbalizerIssues,
} from './selectors';
import { useAppStore } from './store';

let client: ModelWorkerClient | null = null;
let latestTicket = 0;

/** Starts the worker, loads the default model and keeps predictions in step with the workspace. */
export function startModelSync(): void {
  client ??= new ModelWorkerClient();
  void loadModel();
  useAppStore.subscribe((state, previous) => {
    if (
      state.template !== previous.template ||
      state.classes !== previous.classes ||
      state.examplesText !== previous.examplesText ||
      state.selectedIndex !== previous.selectedIndex ||
      state.model.status !== previous.model.status
    )
      void requestPrediction();
  });
}

/** Loads (or reloads, after an error) the model named in the store. */
export async function loadModel(): Promise<void> {
  if (!client) return;
  const { model, setModel } = useAppStore.getState();
  setModel({ status: 'loading', progress: null, error: null });
  const rewriteHead = new URLSearchParams(location.search).get('head') !== 'original';
  const outcome = await client.load(
    { model: model.name, backend: backendFromUrl(), rewriteHead },
    (file, loaded, total) => setModel({ progress: { file, loaded, total } }),
  );
  if (outcome.kind === 'ok') setModel({ status: 'ready', runtime: outcome.value, progress: null });
  else
    setModel({
      status: 'error',
      progress: null,
      error:
        outcome.kind === 'failed' && 'message' in outcome.error
          ? outcome.error.message
          : 'unknown error',
    });
}

async function requestPrediction(): Promise<void> {
  const state = useAppStore.getState();
  if (!client || state.model.status !== 'ready') return;
  const ticket = ++latestTicket;
  const parsed = selectParsedTemplate(state);
  const examples = selectExamples(state);
  if (!parsed.ok || selectVerbalizerIssues(state).length > 0 || examples.length === 0) {
    state.setPrediction({ stale: true });
    return;
  }
  const classes = state.classes.map((c) => ({ name: c.name.trim(), words: labelWordsOf(c) }));
  const outcome = await client.predict({
    template: parsed.segments,
    examples: examples.map((e) => e.text),
    classes,
    selectedIndex: selectSelectedIndex(state),
  });
  if (ticket !== latestTicket || outcome.kind === 'superseded') return;
  const { setPrediction } = useAppStore.getState();
  if (outcome.kind === 'failed') setPrediction({ stale: true, error: outcome.error });
  else
    setPrediction({
      result: outcome.value,
      examples,
      classNames: classes.map((c) => c.name),
      stale: false,
      error: null,
    });
}

/**
 * `?backend=wasm` or `?backend=webgpu` forces a backend, and `?head=original` skips the MLM-head
 * rewrite: both exist for comparisons and the benchmark's baseline.
 */
function backendFromUrl(): 'auto' | 'wasm' | 'webgpu' {
  const value = new URLSearchParams(location.search).get('backend');
  return value === 'wasm' || value === 'webgpu' ? value : 'auto';
}
