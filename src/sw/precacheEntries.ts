/**
 * Which precache entries this browser needs. The app ships two builds of ORT's WebAssembly: the
 * JSPI one (17 MB) where the browser has JSPI, the asyncify one (27 MB) elsewhere; the worker
 * picks by the same test (src/runtime/ort/runtime.ts). Downloading both on every first visit
 * would cost a class of 40 an extra gigabyte of the room's Wi-Fi for a file never used.
 */

/** The ORT WebAssembly file of the `jspi` or `asyncify` build, as Vite names it in `assets/`. */
const ORT_WASM = /ort-wasm-simd-threaded\.(jspi|asyncify)-[^/]*\.wasm$/;

/** The entries minus the ORT WebAssembly build this browser will not load. */
export function entriesForThisBrowser<T extends { url: string }>(
  entries: readonly T[],
  hasJspi: boolean,
): T[] {
  const unused = hasJspi ? 'asyncify' : 'jspi';
  return entries.filter((entry) => ORT_WASM.exec(entry.url)?.[1] !== unused);
}
