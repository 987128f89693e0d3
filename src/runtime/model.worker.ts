/**
 * The model worker: a thin adapter that owns the ORT session and tokenizer and calls the
 * platform-neutral runner. Requests are handled one at a time; a predict request that a newer
 * one has overtaken while it waited is answered `superseded` without running the model.
 */
import { errorText, loadBundledModel } from './loadModel';
import type { MaskedLmRunner } from './maskedLmRunner';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { RequestQueue } from './requestQueue';

let runner: MaskedLmRunner | null = null;

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

const queue = new RequestQueue<WorkerRequest>(
  handle,
  (request) => reply({ type: 'superseded', id: request.id }),
  (request) => request.type === 'predict',
);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void queue.push(event.data);
});

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  if (request.type === 'load') {
    try {
      const loaded = await loadBundledModel(request, (file, loaded, total) =>
        reply({ type: 'progress', id, file, loaded, total }),
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
