/**
 * The benchmark's ceiling page: exposes `runCeilingBench`, which times a model made only of
 * BERT-base's encoder MatMuls (tools/fixtures/make_matmul_ceiling.py) in a worker set up like
 * the app's, giving the best matrix-multiply speed ORT's WASM reaches in this browser.
 */
import type { CeilingRequest, CeilingResult } from './ceilingTypes';

declare global {
  interface Window {
    runCeilingBench(request: CeilingRequest): Promise<CeilingResult>;
  }
}

window.runCeilingBench = (request) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ceiling.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CeilingResult | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the ceiling worker failed to start'));
    };
    worker.postMessage(request);
  });

export {};
