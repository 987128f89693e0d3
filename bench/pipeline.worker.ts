/** Runs transformers.js' fill-mask pipeline per example on the same ORT build and threads as the app. */
import * as ort from 'onnxruntime-web/webgpu';
import { env, pipeline } from '@huggingface/transformers';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';

ort.env.wasm.wasmPaths = { wasm: ortWasmUrl, mjs: ortMjsUrl };
// The same thread count the app's worker uses, so only the way of running differs.
ort.env.wasm.numThreads = self.crossOriginIsolated
  ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
  : 1;

self.onmessage = async (event: MessageEvent<{ host: string; repo: string; texts: string[] }>) => {
  const { host, repo, texts } = event.data;
  try {
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = `${host}/`;
    const loadStart = performance.now();
    const unmasker = await pipeline('fill-mask', repo, { dtype: 'fp32', device: 'wasm' });
    const loadMs = performance.now() - loadStart;
    await unmasker(texts[0] ?? '', { top_k: 10 });
    const start = performance.now();
    for (const text of texts) await unmasker(text, { top_k: 10 });
    self.postMessage({ loadMs, msPerExample: (performance.now() - start) / texts.length });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
