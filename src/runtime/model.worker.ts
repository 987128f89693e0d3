/**
 * The model worker: a thin adapter that owns the ORT session and tokenizer and calls the
 * platform-neutral runner. Requests are handled one at a time; a predict request that a newer
 * one has overtaken while it waited is answered `superseded` without running the model.
 */
import { errorText, loadBundledModel } from './loadModel';
import type { MaskedLmRunner } from './maskedLmRunner';
import type { WorkerRequest, WorkerResponse } from './protocol';

let runner: MaskedLmRunner | null = null;
const queue: WorkerRequest[] = [];
let busy = false;

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  queue.push(event.data);
  void drain();
});

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let request = queue.shift(); request; request = queue.shift()) {
      if (request.type === 'predict' && queue.some((r) => r.type === 'predict')) {
        reply({ type: 'superseded', id: request.id });
        continue;
      }
      await handle(request);
    }
  } finally {
    busy = false;
  }
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  if (request.type === 'load') {
    try {
      const loaded = await loadBundledModel(
        request.model,
        request.backend,
        (file, loadedBytes, total) =>
          reply({ type: 'progress', id, file, loaded: loadedBytes, total }),
      );
      runner = loaded.runner;
      reply({ type: 'loaded', id, runtime: loaded.runtime });
    } catch (error) {
      reply({ type: 'failed', id, error: { code: 'modelLoad', message: errorText(error) } });
    }
    return;
  }
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
