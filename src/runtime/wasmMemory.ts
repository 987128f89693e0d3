/**
 * Counts the worker's WebAssembly memory, for the check that model switches do not leak ORT
 * sessions (tests and the bench). ORT keeps its Emscripten module private, so the memories are
 * noticed as they are created: `WebAssembly.Memory` is wrapped once, before ORT loads, and
 * each memory made through it is remembered weakly. A wasm memory never shrinks; a released
 * session's bytes are reused by the next one instead of growing it.
 */

const memories: Array<WeakRef<WebAssembly.Memory>> = [];
let watching = false;

/** Starts noticing new WebAssembly memories; call before ORT is imported. */
export function watchWasmMemory(): void {
  if (watching || typeof WebAssembly === 'undefined') return;
  watching = true;
  const Original = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(Original, {
    construct(target, args: [WebAssembly.MemoryDescriptor]) {
      const memory = new target(...args);
      memories.push(new WeakRef(memory));
      return memory;
    },
  });
}

/** Bytes of every live WebAssembly memory noticed so far. */
export function wasmMemoryBytes(): number {
  let bytes = 0;
  for (const ref of memories) bytes += ref.deref()?.buffer.byteLength ?? 0;
  return bytes;
}

/** The used JavaScript heap of this worker where the browser reports it (Chromium), else null. */
export function jsHeapBytes(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null;
}
