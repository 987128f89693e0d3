/**
 * The one client of the model worker. It numbers requests and routes each answer to the promise
 * of the request it answers. Every promise settles: with the answer, or with a failure when the
 * worker reports an error. Only the store uses it.
 */
import type {
  ExplainScores,
  LabelWordSuggestions,
  LoadRequestFields,
  PartialPrediction,
  PredictCounters,
  PredictRequestFields,
  PredictResult,
  RuntimeInfo,
  WorkerError,
  WorkerMemory,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import type { OrtBuildChoice } from './ort/runtime';

/** How a prediction runs: in chunks or whole, and which rows first. */
export type PredictRunOptions = Pick<
  Extract<WorkerRequest, { type: 'predict' }>,
  'chunked' | 'priority'
>;

/** What a request can come back as. */
export type Outcome<T> =
  { kind: 'ok'; value: T } | { kind: 'failed'; error: WorkerError } | { kind: 'superseded' };

/** The parts of a Worker the client uses; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/** Starts the worker; its name carries the ORT build to load. */
export type WorkerFactory = (name: string) => WorkerLike;

const startModelWorker: WorkerFactory = (name) =>
  new Worker(new URL('./workerEntry.ts', import.meta.url), { type: 'module', name });

type Pending = {
  resolve: (response: WorkerResponse) => void;
  /** Receives the interim messages (download progress, epochs) before the final answer. */
  onInterim?: (message: InterimResponse) => void;
};

/** Messages that report on a request still running. */
type InterimResponse = Extract<
  WorkerResponse,
  { type: 'progress' | 'epoch' | 'curveProgress' | 'predictedRows' }
>;
const INTERIM = new Set<WorkerResponse['type']>([
  'progress',
  'epoch',
  'curveProgress',
  'predictedRows',
]);

/** The final answer of a tuning request. */
export type TuningAnswer = Extract<WorkerResponse, { type: 'trained' | 'curve' | 'tuningFailed' }>;

/** A tuning job in the worker: its id (for Stop and Pause) and its final answer. */
export interface TuningJob {
  jobId: number;
  answer: Promise<TuningAnswer>;
}

/** A typed, promise-based view of the model worker. */
export class ModelWorkerClient {
  private readonly worker: WorkerLike;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `ortBuild` reaches the worker as its name: it picks ORT's build before any message. */
  constructor(ortBuild: OrtBuildChoice = 'auto', createWorker: WorkerFactory = startModelWorker) {
    this.worker = createWorker(`ort=${ortBuild}`);
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const entry = this.pending.get(message.id);
      if (!entry) return;
      if (INTERIM.has(message.type)) {
        entry.onInterim?.(message as InterimResponse);
        return;
      }
      this.pending.delete(message.id);
      entry.resolve(message);
    });
    // A crashed worker, or an answer that cannot be read, would otherwise leave callers waiting.
    const failAll = (event: Event) => {
      const message = (event as Partial<ErrorEvent>).message;
      this.failPending(message || 'The model worker stopped.');
    };
    this.worker.addEventListener('error', failAll);
    this.worker.addEventListener('messageerror', failAll);
  }

  /** Loads a model; the worker keeps answering with the previous one until this succeeds. */
  async load(
    options: LoadRequestFields,
    onProgress: (file: string, loaded: number, total: number) => void,
  ): Promise<Outcome<RuntimeInfo>> {
    const response = await this.send({ type: 'load', id: this.nextId++, ...options }, (message) => {
      if (message.type === 'progress') onProgress(message.file, message.loaded, message.total);
    });
    if (response.type === 'loaded') return { kind: 'ok', value: response.runtime };
    return this.otherOutcome(response);
  }

  /** Aborts the model download in progress, if any; its load then fails as `cancelled`. */
  cancelLoad(): void {
    this.worker.postMessage({ type: 'cancelLoad', id: this.nextId++ });
  }

  /** Bytes in the browser's model cache (`clear` empties it first), or null when unreadable. */
  async cacheBytes(clear = false): Promise<number | null> {
    const response = await this.send({
      type: clear ? 'clearCache' : 'cacheInfo',
      id: this.nextId++,
    });
    return response.type === 'cacheInfo' ? response.bytes : null;
  }

  /** The worker's memory (tests and bench: the check that model switches do not leak). */
  async memory(): Promise<Outcome<WorkerMemory>> {
    const response = await this.send({ type: 'memory', id: this.nextId++ });
    if (response.type === 'memory') return { kind: 'ok', value: response.memory };
    return this.otherOutcome(response);
  }

  /**
   * Scores examples; `onRows` hears the rows of a chunked prediction as they finish. Resolves
   * `superseded` when a newer predict overtook this one (while it waited or between chunks).
   */
  async predict(
    request: PredictRequestFields & PredictRunOptions,
    onRows: (partial: PartialPrediction) => void = () => undefined,
  ): Promise<Outcome<PredictResult> & { id: number }> {
    const id = this.nextId++;
    const response = await this.send({ type: 'predict', id, ...request }, (message) => {
      if (message.type === 'predictedRows') onRows(message);
    });
    if (response.type === 'predicted') return { kind: 'ok', value: response.result, id };
    return { ...this.otherOutcome(response), id };
  }

  /**
   * The class probabilities of an occlusion explanation of `input`'s one example: the text, each
   * one-word-removed variant of it and of the template, scored in one batched run.
   */
  async explain(input: PredictRequestFields): Promise<Outcome<ExplainScores>> {
    const response = await this.send({ type: 'explain', id: this.nextId++, input });
    if (response.type === 'explained') return { kind: 'ok', value: response.scores };
    return this.otherOutcome(response);
  }

  /** The model's best words for one template word (template refinement), best first. */
  async slotCandidates(
    request: Omit<Extract<WorkerRequest, { type: 'slotCandidates' }>, 'type' | 'id'>,
  ): Promise<Outcome<string[]>> {
    const response = await this.send({ type: 'slotCandidates', id: this.nextId++, ...request });
    if (response.type === 'slotCandidates') return { kind: 'ok', value: response.words };
    return this.otherOutcome(response);
  }

  /** Stops the predictions sent so far (between chunks); each resolves `superseded`. */
  cancelPredict(): void {
    this.worker.postMessage({ type: 'cancelPredict', id: this.nextId++ });
  }

  /** What predictions have cost in the worker so far (tests and bench only). */
  async predictCounters(): Promise<PredictCounters | null> {
    const response = await this.send({ type: 'predictCounters', id: this.nextId++ });
    return response.type === 'predictCounters' ? response.counters : null;
  }

  private otherOutcome(
    response: WorkerResponse,
  ): { kind: 'failed'; error: WorkerError } | { kind: 'superseded' } {
    if (response.type === 'failed') return { kind: 'failed', error: response.error };
    if (response.type === 'superseded') return { kind: 'superseded' };
    return {
      kind: 'failed',
      error: { code: 'inference', message: `Unexpected answer: ${response.type}` },
    };
  }

  /**
   * Starts training both heads or the learning curve; interim messages report epochs or
   * progress. The job id addresses Stop and Pause to this job only.
   */
  tune(
    request: Omit<Extract<WorkerRequest, { type: 'train' | 'learningCurve' }>, 'id'>,
    onInterim: (message: InterimResponse) => void,
  ): TuningJob {
    const jobId = this.nextId++;
    const answer = this.send({ ...request, id: jobId }, onInterim).then(
      (response): TuningAnswer => {
        if (
          response.type === 'trained' ||
          response.type === 'curve' ||
          response.type === 'tuningFailed'
        )
          return response;
        const detail =
          response.type === 'failed' && 'message' in response.error
            ? response.error.message
            : `unexpected ${response.type}`;
        return { type: 'tuningFailed', id: jobId, problem: { code: 'failed', detail } };
      },
    );
    return { jobId, answer };
  }

  /**
   * Starts a label-word search; `jobId` addresses `cancelLabelWords`. The answer is `superseded`
   * when it was cancelled.
   */
  suggestLabelWords(request: Omit<Extract<WorkerRequest, { type: 'suggestLabelWords' }>, 'id'>): {
    jobId: number;
    answer: Promise<Outcome<LabelWordSuggestions>>;
  } {
    const jobId = this.nextId++;
    const answer = this.send({ ...request, id: jobId }).then(
      (response): Outcome<LabelWordSuggestions> =>
        response.type === 'labelWordSuggestions'
          ? { kind: 'ok', value: response.result }
          : this.otherOutcome(response),
    );
    return { jobId, answer };
  }

  /** Stops label-word search `jobId` between its model runs. */
  cancelLabelWords(jobId: number): void {
    this.worker.postMessage({ type: 'cancelLabelWords', id: this.nextId++, jobId });
  }

  /** Pauses or resumes tuning job `jobId` between epochs. */
  pauseTuning(jobId: number, paused: boolean): void {
    this.worker.postMessage({ type: 'pauseTuning', id: this.nextId++, jobId, paused });
  }

  /** Asks tuning job `jobId` to stop after its current epoch. */
  stopTuning(jobId: number): void {
    this.worker.postMessage({ type: 'stopTuning', id: this.nextId++, jobId });
  }

  private failPending(message: string): void {
    for (const [id, entry] of this.pending)
      entry.resolve({ type: 'failed', id, error: { code: 'inference', message } });
    this.pending.clear();
  }

  private send(
    request: WorkerRequest,
    onInterim?: (message: InterimResponse) => void,
  ): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.pending.set(request.id, onInterim ? { resolve, onInterim } : { resolve });
      try {
        this.worker.postMessage(request);
      } catch (error) {
        // A request that cannot be sent (a file that cannot be cloned, say) fails at once.
        this.pending.delete(request.id);
        const message = error instanceof Error ? error.message : String(error);
        resolve({ type: 'failed', id: request.id, error: { code: 'inference', message } });
      }
    });
  }
}
