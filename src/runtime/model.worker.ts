/**
 * The model worker: a thin adapter that owns the ORT session and tokenizer and calls the
 * platform-neutral runner. Predict requests are handled one at a time, in chunks: rows are
 * reported as their chunk finishes, and between chunks the worker reads its messages, so a
 * newer predict overtakes an older one (answered `superseded`; the chunks it finished stay
 * cached) after at most one chunk, and one overtaken while it waited never runs at all. Loads
 * run beside them: the current model keeps answering until the new one is ready, a failed or
 * cancelled load leaves it in place, and a replaced model's session is released after its last
 * use. Every request that expects an answer gets one, failures included.
 */
import { watchWasmMemory, jsHeapBytes, wasmMemoryBytes } from './wasmMemory';
import { CurrentModel } from './currentModel';
import { answerExplain } from './explainJob';
import { classifyLoadError } from './loadErrors';
import { errorText, loadModel, type LoadedModel } from './loadModel';
import type { MaskedLmRunner } from './maskedLmRunner';
import type { PartialPrediction, PredictStats } from './predictTypes';
import { cachedModelBytes, clearModelCache } from './modelFiles';
import type { PredictCounters, WorkerRequest, WorkerResponse } from './protocol';
import { ortRuntime } from './ort/runtime';
import { RequestQueue } from './requestQueue';
import { slotCandidates, type SlotCandidatesRequest } from './slotCandidateJob';
import { TuningControl } from './tuningControl';
import { runLabelWordSearch, type LabelWordRequest } from './labelWordJob';
import { runTuningJob, type TuningRequest } from './tuningJobs';

type PredictRequest = Extract<WorkerRequest, { type: 'predict' }>;

const models = new CurrentModel<MaskedLmRunner>((error) =>
  console.warn('Releasing a model session failed:', error),
);
const tuning = new TuningControl();
let currentLoad: AbortController | null = null;
/** Label-word searches asked to stop (their request ids), until they answer. */
const cancelledSearches = new Set<number>();
/** Predicts with an id below this were cancelled ("Cancel evaluation"): ids only grow. */
let cancelledBefore = 0;

// Before ORT loads: the memory check after model switches reads the memories ORT creates.
watchWasmMemory();
// Compile ORT's WebAssembly now, while the page asks for a model and its files download.
void ortRuntime();

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

const counters: PredictCounters = {
  requests: 0,
  superseded: 0,
  completed: 0,
  chunks: 0,
  sequencesRun: 0,
  tokens: 0,
  paddedTokens: 0,
};

function answerSuperseded(request: PredictRequest): void {
  counters.superseded++;
  reply({ type: 'superseded', id: request.id });
}

const predictions = new RequestQueue<PredictRequest>(predict, answerSuperseded, () => true);

/**
 * Resolves after the messages already queued for this worker have been dispatched: a message
 * posted on a MessageChannel queues behind them (same task source), unlike a timer.
 */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'predict':
      counters.requests++;
      void predictions.push(request);
      return;
    case 'predictCounters':
      reply({ type: 'predictCounters', id: request.id, counters: { ...counters } });
      return;
    case 'load':
      void load(request);
      return;
    case 'cancelLoad':
      currentLoad?.abort();
      return;
    case 'cancelPredict':
      cancelledBefore = request.id;
      return;
    case 'cacheInfo':
    case 'clearCache':
      void cacheInfo(request.id, request.type === 'clearCache');
      return;
    case 'memory':
      reply({
        type: 'memory',
        id: request.id,
        memory: { wasmBytes: wasmMemoryBytes(), jsHeapBytes: jsHeapBytes() },
      });
      return;
    case 'stopTuning':
      tuning.stop(request.jobId);
      return;
    case 'pauseTuning':
      tuning.pause(request.jobId, request.paused);
      return;
    case 'train':
    case 'learningCurve':
      void tune(request);
      return;
    case 'explain':
      void answerExplain(request, (task) => models.use(task)).then(reply);
      return;
    case 'suggestLabelWords':
      void suggestLabelWords(request);
      return;
    case 'cancelLabelWords':
      cancelledSearches.add(request.jobId);
      return;
    case 'slotCandidates':
      void answerSlotCandidates(request);
      return;
  }
});

async function load(request: Extract<WorkerRequest, { type: 'load' }>): Promise<void> {
  const { id } = request;
  currentLoad?.abort();
  const controller = new AbortController();
  currentLoad = controller;
  let loaded: LoadedModel | null = null;
  try {
    loaded = await loadModel(
      request,
      (file, bytes, total) => reply({ type: 'progress', id, file, loaded: bytes, total }),
      controller.signal,
      !models.loaded,
    );
    if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
    models.replace(loaded);
    reply({ type: 'loaded', id, runtime: loaded.runtime });
  } catch (error) {
    // A model that loaded but was cancelled (or overtaken) at the last moment never answers.
    if (loaded) void loaded.release().catch(() => undefined);
    const { failure, detail } = classifyLoadError(
      controller.signal.aborted ? new DOMException('cancelled', 'AbortError') : error,
    );
    reply({ type: 'failed', id, error: { code: 'modelLoad', failure, detail } });
  } finally {
    if (currentLoad === controller) currentLoad = null;
  }
}

/** Answers the model cache's size (after emptying it for `clear`), or why it cannot be read. */
async function cacheInfo(id: number, clear: boolean): Promise<void> {
  try {
    if (clear) await clearModelCache();
    reply({ type: 'cacheInfo', id, bytes: clear ? 0 : await cachedModelBytes() });
  } catch (error) {
    reply({ type: 'failed', id, error: { code: 'cache', message: errorText(error) } });
  }
}

async function predict(request: PredictRequest, overtaken: () => boolean): Promise<void> {
  const { id } = request;
  const cancelled = () => id < cancelledBefore;
  if (cancelled()) {
    answerSuperseded(request);
    return;
  }
  const progress = request.chunked
    ? {
        priority: request.priority,
        onRows: (partial: PartialPrediction) => reply({ type: 'predictedRows', id, ...partial }),
        keepGoing: async () => {
          await yieldToMessages();
          return !overtaken() && !cancelled();
        },
      }
    : null;
  try {
    const running = models.use((runner) => runner.predict(request, progress));
    const result = running && (await running);
    if (result && 'stats' in result) count(result.stats);
    if (!result) reply({ type: 'failed', id, error: { code: 'noModel' } });
    else if ('stopped' in result) answerSuperseded(request);
    else if ('code' in result) reply({ type: 'failed', id, error: result });
    else {
      counters.completed++;
      reply({ type: 'predicted', id, result });
    }
  } catch (error) {
    reply({ type: 'failed', id, error: { code: 'inference', message: errorText(error) } });
  }
}

/** Adds one prediction's model runs to the counters, finished or stopped. */
function count(stats: PredictStats): void {
  counters.chunks += stats.modelRuns;
  counters.sequencesRun += stats.sequencesRun;
  counters.tokens += stats.tokens;
  counters.paddedTokens += stats.paddedTokens;
}

async function tune(request: TuningRequest): Promise<void> {
  const job = tuning.begin(request.id);
  try {
    // The features come from the model current now; a later switch does not change this job's.
    await runTuningJob(
      request,
      (input) =>
        models.use((runner) => runner.tuningFeatures(input)) ??
        Promise.resolve({ code: 'noModel' as const }),
      reply,
      job.shouldStop,
    );
  } finally {
    job.end();
  }
}

/** Answers one label-word search; it reads the messages between model runs to hear a cancel. */
async function suggestLabelWords(request: LabelWordRequest): Promise<void> {
  const { id } = request;
  const keepGoing = async () => {
    await yieldToMessages();
    return !cancelledSearches.has(id);
  };
  try {
    const running = models.use((runner) => runLabelWordSearch(runner, request, keepGoing));
    if (!running) {
      reply({ type: 'failed', id, error: { code: 'noModel' } });
      return;
    }
    const result = await running;
    if (result === null || cancelledSearches.has(id)) reply({ type: 'superseded', id });
    else if ('code' in result) reply({ type: 'failed', id, error: result });
    else reply({ type: 'labelWordSuggestions', id, result });
  } catch (error) {
    reply({ type: 'failed', id, error: { code: 'inference', message: errorText(error) } });
  } finally {
    cancelledSearches.delete(id);
  }
}

async function answerSlotCandidates(request: SlotCandidatesRequest): Promise<void> {
  const { id } = request;
  try {
    const running = models.use((runner) => slotCandidates(runner, request));
    const words = running && (await running);
    if (!words) reply({ type: 'failed', id, error: { code: 'noModel' } });
    else if ('code' in words) reply({ type: 'failed', id, error: words });
    else reply({ type: 'slotCandidates', id, words });
  } catch (error) {
    reply({ type: 'failed', id, error: { code: 'inference', message: errorText(error) } });
  }
}
