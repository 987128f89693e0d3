/**
 * The one client of the model worker. It numbers requests and routes each answer to the promise
 * of the request it answers. Only the store uses it.
 */
import type {
  PredictResult,
  RuntimeInfo,
  WorkerError,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import type { OrtBuildChoice } from './ort/runtime';

/** What a request can come back as. */
export type Outcome<T> =
  { kind: 'ok'; value: T } | { kind: 'failed'; error: WorkerError } | { kind: 'superseded' };

type Pending = {
  resolve: (response: WorkerResponse) => void;
  /** Receives the interim messages (download progress, epochs) before the final answer. */
  onInterim?: (message: InterimResponse) => void;
};

/** Messages that report on a request still running. */
type InterimResponse = Extract<WorkerResponse, { type: 'progress' | 'epoch' | 'curveProgress' }>;
const INTERIM = new Set<WorkerResponse['type']>(['progress', 'epoch', 'curveProgress']);

/** The final answer of a tuning request. */
export type TuningAnswer = Extract<WorkerResponse, { type: 'trained' | 'curve' | 'tuningFailed' }>;

/** A typed, promise-based view of the model worker. */
export class ModelWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `ortBuild` reaches the worker as its name: it picks ORT's build before any message. */
  constructor(ortBuild: OrtBuildChoice = 'auto') {
    this.worker = new Worker(new URL('./model.worker.ts', import.meta.url), {
      type: 'module',
      name: `ort=${ortBuild}`,
    });
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
    this.worker.addEventListener('error', (event) => {
      // A crashed worker would otherwise leave every caller waiting forever.
      for (const [id, entry] of this.pending)
        entry.resolve({
          type: 'failed',
          id,
          error: { code: 'inference', message: event.message || 'The model worker stopped.' },
        });
      this.pending.clear();
    });
  }

  /** Loads a model; the worker keeps answering with the previous one until this succeeds. */
  async load(
    options: Omit<Extract<WorkerRequest, { type: 'load' }>, 'id' | 'type'>,
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
    this.worker.postMessage({ type: 'cancelLoad', id: this.nextId++ } satisfies WorkerRequest);
  }

  /** Bytes in the browser's model cache; `clear` empties it first. */
  async cacheBytes(clear = false): Promise<number> {
    const response = await this.send({
      type: clear ? 'clearCache' : 'cacheInfo',
      id: this.nextId++,
    });
    return response.type === 'cacheInfo' ? response.bytes : 0;
  }

  /** Scores examples; resolves `superseded` when a newer predict overtook this one in the queue. */
  async predict(
    request: Omit<Extract<WorkerRequest, { type: 'predict' }>, 'id' | 'type'>,
  ): Promise<Outcome<PredictResult> & { id: number }> {
    const id = this.nextId++;
    const response = await this.send({ type: 'predict', id, ...request });
    if (response.type === 'predicted') return { kind: 'ok', value: response.result, id };
    return { ...this.otherOutcome(response), id };
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

  /** Trains both heads or runs the learning curve; interim messages report epochs or progress. */
  async tune(
    request: Omit<Extract<WorkerRequest, { type: 'train' | 'learningCurve' }>, 'id'>,
    onInterim: (message: InterimResponse) => void,
  ): Promise<TuningAnswer> {
    const response = await this.send({ ...request, id: this.nextId++ }, onInterim);
    if (
      response.type === 'trained' ||
      response.type === 'curve' ||
      response.type === 'tuningFailed'
    )
      return response;
    return {
      type: 'tuningFailed',
      id: response.id,
      problem: { code: 'diverged', detail: `unexpected ${response.type}` },
    };
  }

  /** Pauses or resumes the tuning job in progress between epochs. */
  pauseTuning(paused: boolean): void {
    this.worker.postMessage({
      type: 'pauseTuning',
      id: this.nextId++,
      paused,
    } satisfies WorkerRequest);
  }

  /** Asks the tuning job in progress to stop after its current epoch. */
  stopTuning(): void {
    this.worker.postMessage({ type: 'stopTuning', id: this.nextId++ } satisfies WorkerRequest);
  }

  private send(
    request: WorkerRequest,
    onInterim?: (message: InterimResponse) => void,
  ): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.pending.set(request.id, onInterim ? { resolve, onInterim } : { resolve });
      this.worker.postMessage(request);
    });
  }
}
