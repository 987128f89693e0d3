/**
 * What WebGPU adapter the browser offers: Auto takes WebGPU only on a hardware adapter, since a
 * software fallback (SwiftShader) runs models many times slower than WASM. Works in the page and
 * in the worker.
 */
import type { Backend } from '../core/backend';

/** The parts of a WebGPU adapter Auto looks at (`info` in current browsers, flags in older). */
interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: {
    isFallbackAdapter?: boolean;
    vendor?: string;
    architecture?: string;
    description?: string;
  };
}

/** Whether the browser offers a WebGPU adapter, and whether it is a software fallback. */
export async function inspectGpuAdapter(): Promise<{ fallback: boolean; name: string } | null> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return null;
  try {
    const adapter = (await gpu.requestAdapter()) as GpuAdapterLike | null;
    if (!adapter) return null;
    const info = adapter.info ?? {};
    const name =
      info.description || [info.vendor, info.architecture].filter(Boolean).join(' ') || '?';
    return {
      fallback: info.isFallbackAdapter === true || adapter.isFallbackAdapter === true,
      name,
    };
  } catch {
    return null;
  }
}

/** The backend Auto picks here: WebGPU on a hardware adapter, else WASM. */
export async function autoBackend(): Promise<Backend> {
  const adapter = await inspectGpuAdapter();
  return adapter && !adapter.fallback ? 'webgpu' : 'wasm';
}
