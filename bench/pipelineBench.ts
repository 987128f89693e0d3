/**
 * The benchmark's baseline page: exposes `runPipelineBench`, which times transformers.js'
 * `pipeline('fill-mask')` called once per example in a worker, the way an app without our
 * batching, caching and head rewrite would run it.
 */
interface PipelineBenchResult {
  loadMs: number;
  msPerExample: number;
}

declare global {
  interface Window {
    runPipelineBench(options: {
      host: string;
      repo: string;
      texts: string[];
    }): Promise<PipelineBenchResult>;
  }
}

window.runPipelineBench = (options) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PipelineBenchResult | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.postMessage(options);
  });

export {};
