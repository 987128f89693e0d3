/**
 * Loading a masked LM in the browser: fetch the ONNX file with progress, create the ORT session
 * on WebGPU when the browser offers an adapter (else multithreaded WASM), and load the model's
 * own tokenizer through transformers.js. Runs inside the worker only.
 */
import * as ort from 'onnxruntime-web/webgpu';
import { AutoTokenizer, env } from '@huggingface/transformers';
// The runtime files ship with the app: transformers.js would otherwise point ORT at a CDN,
// which fails offline.
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { MaskedLmRunner, type TokenizerLike } from './maskedLmRunner';
import type { Backend, RuntimeInfo } from './protocol';

const MODELS_BASE = `${import.meta.env.BASE_URL}models/`;

// ORT freezes its wasm settings at the first session, so they are set once, at import.
ort.env.wasm.wasmPaths = { wasm: ortWasmUrl, mjs: ortMjsUrl };
// ORT's default is half the cores (one thread on a 2-core laptop); threads need isolation.
ort.env.wasm.numThreads = self.crossOriginIsolated
  ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
  : 1;
env.allowLocalModels = true;
env.allowRemoteModels = false;
env.localModelPath = MODELS_BASE;

/** Reports bytes received for one file of a model. */
export type ProgressListener = (file: string, loaded: number, total: number) => void;

/** A loaded model: the runner and the facts the Runtime status shows. */
export interface LoadedModel {
  runner: MaskedLmRunner;
  runtime: RuntimeInfo;
}

/** Loads a bundled model by folder name from `public/models/`. */
export async function loadBundledModel(
  {
    model: name,
    backend: wanted,
    rewriteHead,
  }: { model: string; backend: 'auto' | Backend; rewriteHead: boolean },
  onProgress: ProgressListener,
): Promise<LoadedModel> {
  const [modelBytes, tokenizer, config] = await Promise.all([
    fetchWithProgress(`${MODELS_BASE}${name}/onnx/model.onnx`, 'onnx/model.onnx', onProgress),
    AutoTokenizer.from_pretrained(name),
    fetch(`${MODELS_BASE}${name}/config.json`).then((r) => r.json() as Promise<ModelConfig>),
  ]);
  const maxLength = Math.min(
    config.max_position_embeddings ?? 512,
    Number(tokenizer.model_max_length) || 512,
  );
  const makeRunner = (session: ort.InferenceSession) =>
    new MaskedLmRunner(
      session,
      tokenizer as unknown as TokenizerLike,
      (data, dims) => new ort.Tensor('int64', data, dims),
      maxLength,
    );
  // Logits only at the masks (and the head's features) instead of batch × sequence × vocabulary.
  const rewrite = rewriteHead
    ? rewriteMaskedLmHead(modelBytes, config.vocab_size ?? tokenizer.get_vocab().size)
    : { ok: false as const, reason: 'turned off by ?head=original' };
  const { runner, backend, fallbackReason } = await createRunner(
    rewrite.ok ? rewrite.model : modelBytes,
    wanted,
    makeRunner,
  );
  return {
    runner,
    runtime: {
      backend,
      threads: backend === 'wasm' ? (ort.env.wasm.numThreads ?? 1) : 0,
      model: name,
      dtype: 'fp32',
      maxLength,
      maskToken: tokenizer.mask_token,
      vocabSize: runner.vocabSize,
      fallbackReason,
      headRewrite: rewrite.ok ? null : rewrite.reason,
    },
  };
}

interface ModelConfig {
  max_position_embeddings?: number;
  vocab_size?: number;
}

/**
 * Creates the session on WebGPU when wanted and available, and proves it with one warm-up run
 * (which also moves shader compilation off the first real edit). Any failure there, at creation
 * or at run time, falls back to WASM with the reason kept for a visible notice.
 */
async function createRunner(
  model: Uint8Array,
  wanted: 'auto' | Backend,
  makeRunner: (session: ort.InferenceSession) => MaskedLmRunner,
): Promise<{ runner: MaskedLmRunner; backend: Backend; fallbackReason: string | null }> {
  let fallbackReason: string | null = null;
  if (wanted !== 'wasm') {
    if (await requestGpuAdapter()) {
      try {
        const session = await ort.InferenceSession.create(model, {
          executionProviders: ['webgpu'],
        });
        const runner = makeRunner(session);
        await warmUp(runner);
        return { runner, backend: 'webgpu', fallbackReason: null };
      } catch (error) {
        fallbackReason = `WebGPU failed: ${errorText(error)}`;
      }
    } else if (wanted === 'webgpu') {
      fallbackReason = 'This browser offers no WebGPU adapter.';
    }
  }
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  const runner = makeRunner(session);
  await warmUp(runner);
  return { runner, backend: 'wasm', fallbackReason };
}

async function warmUp(runner: MaskedLmRunner): Promise<void> {
  const result = await runner.predict({
    template: [{ kind: 'text' }, { kind: 'mask' }],
    examples: ['warm up'],
    classes: [],
    selectedIndex: -1,
  });
  if ('code' in result) throw new Error(`warm-up failed: ${result.code}`);
}

async function requestGpuAdapter(): Promise<unknown> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return null;
  try {
    return await gpu.requestAdapter();
  } catch {
    return null;
  }
}

/** Fetches a file as bytes, reporting progress as the body streams in. */
async function fetchWithProgress(
  url: string,
  file: string,
  onProgress: ProgressListener,
): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(file, loaded, Math.max(total, loaded));
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** A readable message from anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
