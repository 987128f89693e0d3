/**
 * The model worker: a thin adapter that owns the ORT session and tokenizer and calls the
 * platform-neutral runner. Predict requests are handled one at a time, and one that a newer
 * predict overtook while it waited is answered `superseded` without running the model. Loads
 * run beside them: the current model keeps answering until the new one is ready, and a failed
 * or cancelled load leaves it in place.
 */
import { classifyLoadError } from './loadErrors';
import { errorText, loadModel } from './loadModel';
import type { MaskedLmRunner } from './maskedLmRunner';
import { cachedModelBytes, clearModelCache } from './modelFiles';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { ortRuntime } from './ort/runtime';
import { RequestQueue } from './requestQueue';
import { runLearningCurve, runTraining } from './tuningJobs';

type PredictRequest = Extract<WorkerRequest, { type: 'predict' }>;

let runner: MaskedLmRunner | null = null;
let currentLoad: AbortController | null = null;
let stopRequested = false;
let paused = false;

// Compile ORT's WebAssembly now, while the page asks for a model and its files download.
void ortRuntime();

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

const predictions = new RequestQueue<PredictRequest>(
  predict,
  (request) => reply({ type: 'superseded', id: request.id }),
  () => true,
);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'predict':
      void predictions.push(request);
      return;
    case 'load':
      void load(request);
      return;
    case 'cancelLoad':
      currentLoad?.abort();
      return;
    case 'cacheInfo':
      void cachedModelBytes().then((bytes) => reply({ type: 'cacheInfo', id: request.id, bytes }));
      return;
    case 'clearCache':
      void clearModelCache().then(() => reply({ type: 'cacheInfo', id: request.id, bytes: 0 }));
      return;
    case 'stopTuning':
      stopRequested = true;
      paused = false;
      return;
    case 'pauseTuning':
      paused = request.paused;
      return;
    case 'train':
    case 'learningCurve':
      void tune(request);
      return;
  }
});

async function load(request: Extract<WorkerRequest, { type: 'load' }>): Promise<void> {
  const { id } = request;
  currentLoad?.abort();
  const controller = new AbortController();
  currentLoad = controller;
  try {
    const loaded = await loadModel(
      request,
      (file, loaded, total) => reply({ type: 'progress', id, file, loaded, total }),
      controller.signal,
    );
    if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
    runner = loaded.runner;
    reply({ type: 'loaded', id, runtime: loaded.runtime });
  } catch (error) {
    const { failure, detail } = classifyLoadError(
      controller.signal.aborted ? new DOMException('cancelled', 'AbortError') : error,
    );
    reply({ type: 'failed', id, error: { code: 'modelLoad', failure, detail } });
  } finally {
    if (currentLoad === controller) currentLoad = null;
  }
}

async function predict(request: PredictRequest): Promise<void> {
  const { id } = request;
  if (!runner) {
    reply({ type: 'failed', id, error: { code: 'noModel' } });
    return;
  }
  try {
    const result = await runner.predict(request);
    if ('code' in result) reply({ type: 'failed', id, error: result });
    else reply({ type: 'predicted', id, result });
  } catch (error) {
    reply({ type: 'failed', id, error: { code: 'inference', message: errorText(error) } });
  }
}

async function tune(
  request: Extract<WorkerRequest, { type: 'train' | 'learningCurve' }>,
): Promise<void> {
  const { id } = request;
  if (!runner) {
    reply({ type: 'tuningFailed', id, problem: { code: 'noFeatures' } });
    return;
  }
  stopRequested = false;
  paused = false;
  const input = { ...request.input, tunedHead: null };
  // Checked between epochs: while paused, wait (and still notice a Stop).
  const stop = async () => {
    while (paused && !stopRequested) await new Promise((resolve) => setTimeout(resolve, 50));
    return stopRequested;
  };
  try {
    if (request.type === 'train') {
      const result = await runTraining(
        runner,
        input,
        request.labels,
        request.classNames,
        request.settings,
        (row) => reply({ type: 'epoch', id, row }),
        stop,
      );
      if ('code' in result) reply({ type: 'tuningFailed', id, problem: result });
      else reply({ type: 'trained', id, head: result.head, trainIndices: result.trainIndices });
    } else {
      const result = await runLearningCurve(
        runner,
        input,
        request.labels,
        request.classNames,
        request.settings,
        (done, total) => reply({ type: 'curveProgress', id, done, total }),
        stop,
      );
      if ('code' in result) reply({ type: 'tuningFailed', id, problem: result });
      else reply({ type: 'curve', id, rows: result.rows, skipped: result.skipped });
    }
  } catch (error) {
    reply({ type: 'tuningFailed', id, problem: { code: 'diverged', detail: errorText(error) } });
  }
}
