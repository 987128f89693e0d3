/**
 * Loading a masked LM in the browser: fetch its files (bundled, Hub or picked folder), rewrite
 * the MLM head, create the ORT session on WebGPU when the browser offers an adapter (else
 * multithreaded WASM), check it really is a masked LM, warm it up. Runs inside the worker only.
 */
import type { InferenceSession } from 'onnxruntime-web/webgpu';
import { modelLabel, type ModelSource } from '../core/modelSource';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { exclusive } from './exclusive';
import { ModelLoadError } from './loadErrors';
import { MaskedLmRunner, type TokenizerLike } from './maskedLmRunner';
import { fetchModelFiles, type ProgressListener } from './modelFiles';
import { ortRuntime, type Ort } from './ort/runtime';
import type { Backend, RuntimeInfo } from './protocol';

/** A loaded model: the runner and the facts the Runtime status shows. */
export interface LoadedModel {
  runner: MaskedLmRunner;
  runtime: RuntimeInfo;
}

/** What to load and how. */
export interface LoadOptions {
  source: ModelSource;
  backend: 'auto' | Backend;
  rewriteHead: boolean;
  folderFiles: File[];
}

/** Loads a model from any source; throws a ModelLoadError (or a raw error) when it cannot. */
export async function loadModel(
  { source, backend: wanted, rewriteHead, folderFiles }: LoadOptions,
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<LoadedModel> {
  const [{ modelBytes, tokenizer, config }, ort] = await Promise.all([
    fetchModelFiles(source, folderFiles, onProgress, signal),
    ortRuntime(),
  ]);
  if (typeof tokenizer.mask_token_id !== 'number')
    throw new ModelLoadError('noMaskToken', 'the tokenizer defines no mask token');
  if (signal.aborted) throw new ModelLoadError('cancelled', 'cancelled');
  const maxLength = Math.min(
    config.max_position_embeddings ?? 512,
    Number(tokenizer.model_max_length) || 512,
  );
  const makeRunner = (session: InferenceSession) =>
    new MaskedLmRunner(
      session,
      tokenizer as unknown as TokenizerLike,
      (data, dims) => new ort.Tensor('int64', data, dims),
      maxLength,
    );
  // Logits only at the masks (and the head's features) instead of batch × sequence × vocabulary.
  const rewrite = rewriteHead
    ? rewriteMaskedLmHead(modelBytes, config.vocab_size ?? tokenizer.get_vocab().size)
    : { ok: false as const, reason: 'turnedOff' as const, detail: '?head=original' };
  const { runner, backend, fallbackReason } = await createRunner(
    ort,
    rewrite.ok ? rewrite.model : modelBytes,
    wanted,
    makeRunner,
  );
  return {
    runner,
    runtime: {
      backend,
      threads: backend === 'wasm' ? (ort.env.wasm.numThreads ?? 1) : 0,
      model: modelLabel(source),
      dtype: source.dtype,
      maxLength,
      maskToken: tokenizer.mask_token,
      vocabSize: runner.vocabSize,
      fallbackReason,
      headRewrite: rewrite.ok ? null : { reason: rewrite.reason, detail: rewrite.detail },
      spaceSensitive: runner.spaceSensitive,
      cased: runner.cased,
    },
  };
}

/**
 * Creates the session on WebGPU when wanted and available, and proves it with one warm-up run
 * (which also moves shader compilation off the first real edit). Any failure there, at creation
 * or at run time, falls back to WASM with the reason kept for a visible notice.
 */
async function createRunner(
  ort: Ort,
  model: Uint8Array,
  wanted: 'auto' | Backend,
  makeRunner: (session: InferenceSession) => MaskedLmRunner,
): Promise<{ runner: MaskedLmRunner; backend: Backend; fallbackReason: string | null }> {
  let fallbackReason: string | null = null;
  if (wanted !== 'wasm') {
    if (await requestGpuAdapter()) {
      try {
        const session = await exclusive(() =>
          ort.InferenceSession.create(model, { executionProviders: ['webgpu'] }),
        );
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
  let session: InferenceSession;
  try {
    session = await exclusive(() =>
      ort.InferenceSession.create(model, { executionProviders: ['wasm'] }),
    );
  } catch (error) {
    throw new ModelLoadError('corrupt', errorText(error));
  }
  const runner = makeRunner(session);
  await warmUpOrExplain(runner);
  return { runner, backend: 'wasm', fallbackReason };
}

async function warmUp(runner: MaskedLmRunner): Promise<void> {
  const result = await runner.predict({
    template: [{ kind: 'text' }, { kind: 'mask' }],
    examples: ['warm up'],
    classes: [],
    selectedIndex: -1,
    labelWordsAfterSpace: true,
    tunedHead: null,
  });
  if ('code' in result) throw new Error(`warm-up failed: ${result.code}`);
}

/** Wraps a model's first run: an output that is not per-token vocabulary logits means no masked LM. */
async function warmUpOrExplain(runner: MaskedLmRunner): Promise<void> {
  try {
    await warmUp(runner);
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    throw new ModelLoadError('notMaskedLm', errorText(error));
  }
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

/** A readable message from anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
