import { describe, expect, it } from 'vitest';
import type {
  LoadRequestFields,
  PredictRequestFields,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { ModelWorkerClient, type PredictRunOptions, type WorkerLike } from './workerClient';

/** A Worker stand-in: records what the client posts and answers when the test says so. */
class FakeWorker implements WorkerLike {
  readonly posted: WorkerRequest[] = [];
  private readonly listeners = new Map<string, Array<(event: never) => void>>();
  refuse = false;

  postMessage(message: WorkerRequest): void {
    if (this.refuse) throw new Error('could not be cloned');
    this.posted.push(message);
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Delivers a message from the worker. */
  answer(message: WorkerResponse): void {
    for (const l of this.listeners.get('message') ?? []) l({ data: message } as never);
  }

  /** Fires the worker's error event. */
  crash(message: string): void {
    for (const l of this.listeners.get('error') ?? []) l({ message } as never);
  }

  /** The id of the last request of `type`. */
  lastId(type: WorkerRequest['type']): number {
    const request = this.posted.filter((r) => r.type === type).at(-1);
    if (!request) throw new Error(`no ${type} request`);
    return request.id;
  }
}

function clientWithFake(): { client: ModelWorkerClient; worker: FakeWorker } {
  const worker = new FakeWorker();
  const client = new ModelWorkerClient('auto', () => worker);
  return { client, worker };
}

const PREDICT: PredictRequestFields & PredictRunOptions = {
  chunked: true,
  priority: [],
  template: [{ kind: 'text' }, { kind: 'mask' }],
  examples: ['a'],
  classes: [],
  selectedIndex: 0,
  labelWordsAfterSpace: true,
  tunedHead: null,
};

const LOAD: LoadRequestFields = {
  source: { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
  backend: 'auto',
  rewriteHead: true,
  folderFiles: [],
};

describe('the worker client', () => {
  it('names the worker after the ORT build', () => {
    let name = '';
    new ModelWorkerClient('asyncify', (n) => {
      name = n;
      return new FakeWorker();
    });
    expect(name).toBe('ort=asyncify');
  });

  it('routes each answer to the request it answers, whatever the order', async () => {
    const { client, worker } = clientWithFake();
    const first = client.predict(PREDICT);
    const second = client.predict(PREDICT);
    const [a, b] = worker.posted.map((r) => r.id);
    worker.answer({ type: 'superseded', id: a ?? -1 });
    worker.answer({ type: 'failed', id: b ?? -1, error: { code: 'noModel' } });
    expect(await first).toEqual({ kind: 'superseded', id: a });
    expect(await second).toEqual({ kind: 'failed', error: { code: 'noModel' }, id: b });
  });

  it('passes download progress on, then resolves the load', async () => {
    const { client, worker } = clientWithFake();
    const progress: number[] = [];
    const loading = client.load(LOAD, (_file, loaded) => progress.push(loaded));
    const id = worker.lastId('load');
    worker.answer({ type: 'progress', id, file: 'model.onnx', loaded: 10, total: 20 });
    worker.answer({ type: 'progress', id, file: 'model.onnx', loaded: 20, total: 20 });
    worker.answer({
      type: 'failed',
      id,
      error: { code: 'modelLoad', failure: 'offline', detail: 'no network' },
    });
    expect(progress).toEqual([10, 20]);
    expect(await loading).toEqual({
      kind: 'failed',
      error: { code: 'modelLoad', failure: 'offline', detail: 'no network' },
    });
  });

  it('the cache size settles as unknown when the Cache API fails', async () => {
    const { client, worker } = clientWithFake();
    const bytes = client.cacheBytes();
    worker.answer({
      type: 'failed',
      id: worker.lastId('cacheInfo'),
      error: { code: 'cache', message: 'SecurityError' },
    });
    expect(await bytes).toBeNull();
  });

  it('every pending request settles when the worker reports an error', async () => {
    const { client, worker } = clientWithFake();
    const predicting = client.predict(PREDICT);
    const caching = client.cacheBytes(true);
    const memory = client.memory();
    const job = client.tune({ type: 'train', ...trainFields() }, () => undefined);
    worker.crash('out of memory');
    expect(await predicting).toMatchObject({
      kind: 'failed',
      error: { code: 'inference', message: 'out of memory' },
    });
    expect(await caching).toBeNull();
    expect(await memory).toMatchObject({ kind: 'failed' });
    expect(await job.answer).toEqual({
      type: 'tuningFailed',
      id: job.jobId,
      problem: { code: 'failed', detail: 'out of memory' },
    });
  });

  it('a request that cannot be posted fails at once', async () => {
    const { client, worker } = clientWithFake();
    worker.refuse = true;
    expect(await client.predict(PREDICT)).toMatchObject({
      kind: 'failed',
      error: { message: 'could not be cloned' },
    });
  });

  it('a tuning job is addressed by its id: Stop and Pause carry it', async () => {
    const { client, worker } = clientWithFake();
    const epochs: number[] = [];
    const job = client.tune({ type: 'train', ...trainFields() }, (m) => {
      if (m.type === 'epoch') epochs.push(m.row.epoch);
    });
    expect(worker.lastId('train')).toBe(job.jobId);
    client.pauseTuning(job.jobId, true);
    client.stopTuning(job.jobId);
    expect(worker.posted.at(-2)).toMatchObject({
      type: 'pauseTuning',
      jobId: job.jobId,
      paused: true,
    });
    expect(worker.posted.at(-1)).toMatchObject({ type: 'stopTuning', jobId: job.jobId });
    worker.answer({
      type: 'epoch',
      id: job.jobId,
      row: { epoch: 1, prompt: { loss: 1, trainAccuracy: 0.5, evalAccuracy: null }, cls: null },
    });
    worker.answer({ type: 'tuningFailed', id: job.jobId, problem: { code: 'stopped' } });
    expect(epochs).toEqual([1]);
    expect(await job.answer).toEqual({
      type: 'tuningFailed',
      id: job.jobId,
      problem: { code: 'stopped' },
    });
  });

  it('reads the worker memory', async () => {
    const { client, worker } = clientWithFake();
    const memory = client.memory();
    worker.answer({
      type: 'memory',
      id: worker.lastId('memory'),
      memory: { wasmBytes: 1 << 24, jsHeapBytes: null },
    });
    expect(await memory).toEqual({ kind: 'ok', value: { wasmBytes: 1 << 24, jsHeapBytes: null } });
  });
});

function trainFields() {
  return {
    input: PREDICT,
    labels: [0],
    classNames: ['a'],
    settings: { shots: 1, epochs: 1, learningRate: 0.01, l2: 0, batchSize: 1, seed: 1 },
  };
}

describe('label-word search', () => {
  const REQUEST = {
    type: 'suggestLabelWords' as const,
    input: PREDICT,
    labels: [0],
    k: 20,
    calibration: 'none' as const,
    contentFree: ['N/A', ''],
  };

  it('answers the suggestions of its own job, and a cancelled job as superseded', async () => {
    const { client, worker } = clientWithFake();
    const first = client.suggestLabelWords(REQUEST);
    const second = client.suggestLabelWords(REQUEST);
    client.cancelLabelWords(first.jobId);
    expect(worker.posted.at(-1)).toMatchObject({ type: 'cancelLabelWords', jobId: first.jobId });
    const result = {
      candidates: [],
      assignments: [],
      classNames: ['a'],
      rows: 1,
      workerMs: 3,
      searchMs: 2,
      modelRuns: 0,
    };
    worker.answer({ type: 'labelWordSuggestions', id: second.jobId, result });
    worker.answer({ type: 'superseded', id: first.jobId });
    expect(await second.answer).toEqual({ kind: 'ok', value: result });
    expect(await first.answer).toEqual({ kind: 'superseded' });
  });
});
