/**
 * Loading a masked LM in the browser: fetch its files (bundled, Hub or picked folder), rewrite
 * the MLM head, create the ORT session on WebGPU when asked for or (Auto) when the browser offers
 * a hardware adapter (else multithreaded WASM), check it really is a masked LM, warm it up
 * (except the first model of a visit, see `needsWarmUp`). Runs inside the worker only.
 */
import type { InferenceSession } from 'onnxruntime-web/webgpu';
import { modelLabel } from '../core/modelSource';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { exclusive } from './exclusive';
import { inspectGpuAdapter } from './gpuAdapter';
import { ModelLoadError } from './loadErrors';
import { MaskedLmRunner, type TokenizerLike } from './maskedLmRunner';
import { fetchModelFiles, type ProgressListener } from './modelFiles';
import { ortRuntime, type Ort } from './ort/runtime';
import type {
  Backend,
  BackendChoice,
  FallbackReason,
  BackendReason,
  LoadRequestFields,
  RuntimeInfo,
} from './protocol';

/** A loaded model: the runner, the facts the Runtime status shows, and how to free its session. */
export interface LoadedModel {
  runner: MaskedLmRunner;
  runtime: RuntimeInfo;
  /** Releases the ORT session (through `exclusive`: never while a run is in flight). */
  release(): Promise<void>;
}

/**
 * Loads a model from any source; throws a ModelLoadError (or a raw error) when it cannot.
 * `firstModel`: no model answers yet in this worker (see `needsWarmUp`).
 */
export async function loadModel(
  { source, backend: wanted, rewriteHead, folderFiles }: LoadRequestFields,
  onProgress: ProgressListener,
  signal: AbortSignal,
  firstModel = false,
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
  const { runner, session, backend, backendReason, fallbackReason } = await createRunner(
    ort,
    rewrite.ok ? rewrite.model : modelBytes,
    wanted,
    makeRunner,
    needsWarmUp(firstModel, rewrite.ok),
  );
  return {
    runner,
    release: () => releaseSession(session),
    runtime: {
      backend,
      requestedBackend: wanted,
      backendReason,
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
 * Whether a WASM session must be proven by a warm-up run before the model is reported loaded.
 * The first model of a visit skips it when the head rewrite succeeded: the rewrite has already
 * checked the graph ends in vocabulary logits (a masked LM), no earlier model waits to be kept
 * if this one fails, and the first real prediction pays ORT's first-run set-up instead — one
 * model run less before the first table row. WebGPU sessions are always proven (fallback).
 */
export function needsWarmUp(firstModel: boolean, headRewritten: boolean): boolean {
  return !(firstModel && headRewritten);
}

/** The session a model runs in, where, and why there. */
interface CreatedRunner {
  runner: MaskedLmRunner;
  session: InferenceSession;
  backend: Backend;
  backendReason: BackendReason;
  fallbackReason: FallbackReason | null;
}

/**
 * Creates the session on WebGPU when wanted and available, and proves it with one warm-up run
 * (which also moves shader compilation off the first real edit). Any failure there, at creation
 * or at run time, falls back to WASM with the reason kept for a visible notice. Auto skips a
 * software fallback adapter (SwiftShader): it runs models many times slower than WASM. A WASM
 * session is proven the same way when `warmUpWasm`.
 */
async function createRunner(
  ort: Ort,
  model: Uint8Array,
  wanted: BackendChoice,
  makeRunner: (session: InferenceSession) => MaskedLmRunner,
  warmUpWasm: boolean,
): Promise<CreatedRunner> {
  let fallbackReason: FallbackReason | null = null;
  let backendReason: BackendReason = { code: 'asked' };
  if (wanted !== 'wasm') {
    const adapter = await inspectGpuAdapter();
    if (wanted === 'auto')
      backendReason = !adapter
        ? { code: 'noAdapter' }
        : adapter.fallback
          ? { code: 'fallbackAdapter', adapter: adapter.name }
          : { code: 'hardwareAdapter', adapter: adapter.name };
    if (adapter && (wanted === 'webgpu' || !adapter.fallback)) {
      const attempt = await createOnWebGpu(ort, model, makeRunner);
      if ('runner' in attempt)
        return { ...attempt, backend: 'webgpu', backendReason, fallbackReason: null };
      fallbackReason = { code: 'webgpuFailed', detail: attempt.failure };
    } else if (wanted === 'webgpu') {
      fallbackReason = { code: 'noAdapter' };
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
  if (!warmUpWasm) return { runner, session, backend: 'wasm', backendReason, fallbackReason };
  try {
    await warmUpOrExplain(runner);
  } catch (error) {
    await releaseSession(session).catch(() => undefined);
    throw error;
  }
  return { runner, session, backend: 'wasm', backendReason, fallbackReason };
}

/** A WebGPU session proven by a warm-up run, or why it failed (its session then released). */
async function createOnWebGpu(
  ort: Ort,
  model: Uint8Array,
  makeRunner: (session: InferenceSession) => MaskedLmRunner,
): Promise<{ runner: MaskedLmRunner; session: InferenceSession } | { failure: string }> {
  let session: InferenceSession | null = null;
  try {
    session = await exclusive(() =>
      ort.InferenceSession.create(model, { executionProviders: ['webgpu'] }),
    );
    const runner = makeRunner(session);
    await warmUp(runner);
    return { runner, session };
  } catch (error) {
    // The session of a failed warm-up would otherwise hold the model's memory until the worker ends.
    if (session) await releaseSession(session).catch(() => undefined);
    return { failure: errorText(error) };
  }
}

/** Frees a session's memory once no ORT call is in flight. */
function releaseSession(session: InferenceSession): Promise<void> {
  return exclusive(() => session.release());
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

/** A readable message from anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
