/**
 * Times the ceiling model's `session.run` in a worker set up exactly as the app's model worker:
 * the same ORT build choice, wasm files and thread count (src/runtime/ort/runtime.ts).
 */
import { ortRuntime } from '../src/runtime/ort/runtime';
import { CEILING_FLOP_PER_TOKEN, type CeilingRequest, type CeilingTiming } from './ceilingTypes';

const HIDDEN = 768;

self.onmessage = async (event: MessageEvent<CeilingRequest>) => {
  const { modelUrl, tokenCounts, runs } = event.data;
  try {
    const ort = await ortRuntime();
    const loadStart = performance.now();
    const response = await fetch(modelUrl);
    if (!response.ok) throw new Error(`${modelUrl}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
    const loadMs = performance.now() - loadStart;
    const timings: CeilingTiming[] = [];
    for (const tokens of tokenCounts) {
      // Values of unit variance, as the encoder's layer-normed activations; fixed, not random,
      // so every run and every browser times the same input.
      const data = Float32Array.from({ length: tokens * HIDDEN }, (_, i) => 1.7 * Math.sin(i));
      const feeds = { x: new ort.Tensor('float32', data, [tokens, HIDDEN]) };
      await session.run(feeds); // warm-up: first-run allocations are not the ceiling
      const runsMs: number[] = [];
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        await session.run(feeds);
        runsMs.push(performance.now() - start);
      }
      const medianMs = median(runsMs);
      timings.push({
        tokens,
        medianMs,
        runsMs,
        tokensPerSecond: (tokens * 1000) / medianMs,
        gflopPerSecond: (tokens * CEILING_FLOP_PER_TOKEN) / (medianMs * 1e6),
      });
    }
    await session.release();
    self.postMessage({
      threads: ort.env.wasm.numThreads ?? 1,
      build: 'Suspending' in WebAssembly ? 'jspi' : 'asyncify',
      crossOriginIsolated: self.crossOriginIsolated,
      loadMs,
      timings,
    });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return (
    ((s[Math.floor((s.length - 1) / 2)] ?? NaN) + (s[Math.ceil((s.length - 1) / 2)] ?? NaN)) / 2
  );
}
