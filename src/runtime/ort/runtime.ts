/**
 * The worker's one onnxruntime-web instance, chosen and started as soon as the worker starts.
 *
 * Chromium compiles ORT's WebAssembly for ~0.5–0.8 s on a slow laptop: the largest part of the
 * first prediction. So (1) where the browser has JSPI the 17 MB JSPI build is used instead of the
 * 27 MB asyncify one, and (2) the runtime is compiled and its threads started by a one-node
 * model while the model files are still downloading, not after.
 */
import { onnx } from 'onnx-proto';
import { exclusive } from '../exclusive';

export type Ort = typeof import('onnxruntime-web/webgpu');

/** Which build to load; `asyncify` everywhere is the benchmark's baseline (`?ort=asyncify`). */
export type OrtBuildChoice = 'auto' | 'asyncify';

let runtime: Promise<Ort> | null = null;

/** The ORT module, its WebAssembly compiled and threads running (first call starts that). */
export function ortRuntime(): Promise<Ort> {
  runtime ??= start();
  return runtime;
}

async function start(): Promise<Ort> {
  // The page passes its choice as the worker's name (see ModelWorkerClient).
  const jspi = 'Suspending' in WebAssembly && self.name !== 'ort=asyncify';
  const { ort } = (await (jspi ? import('./jspi') : import('./asyncify'))) as { ort: Ort };
  // ORT freezes its wasm settings at the first session, so they are set here, once.
  // Its default is half the cores (one thread on a 2-core laptop); threads need isolation.
  ort.env.wasm.numThreads = self.crossOriginIsolated
    ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1))
    : 1;
  try {
    const session = await exclusive(() =>
      ort.InferenceSession.create(identityModel(), { executionProviders: ['wasm'] }),
    );
    await session.release();
  } catch {
    // Only a head start: the real session creation reports any problem properly.
  }
  return ort;
}

/** The smallest valid model (y = Identity(x)): creating a session from it initialises ORT. */
function identityModel(): Uint8Array {
  const scalar = (name: string) => ({
    name,
    type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT, shape: { dim: [] } } },
  });
  return onnx.ModelProto.encode({
    irVersion: 7,
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'warm-up',
      node: [{ opType: 'Identity', input: ['x'], output: ['y'] }],
      input: [scalar('x')],
      output: [scalar('y')],
    },
  }).finish();
}
