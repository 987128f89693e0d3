/** Where inference may run. Pure. */

/** A backend that runs a session. */
export type Backend = 'webgpu' | 'wasm';

/** What a person can choose: a backend, or Auto (WebGPU on a real GPU adapter, else WASM). */
export type BackendChoice = 'auto' | Backend;

/** Whether a stored or linked value is a backend choice. */
export function isBackendChoice(value: unknown): value is BackendChoice {
  return value === 'auto' || value === 'webgpu' || value === 'wasm';
}
