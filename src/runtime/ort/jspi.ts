/**
 * onnxruntime-web's JSPI build: WebGPU and WASM in one 17 MB binary, for browsers with
 * WebAssembly JavaScript Promise Integration (Chromium 137+). Its runtime files ship with the
 * app: transformers.js would otherwise point ORT at a CDN, which fails offline.
 */
import * as ort from 'onnxruntime-web/jspi';
import wasm from 'onnxruntime-web/ort-wasm-simd-threaded.jspi.wasm?url';
import mjs from 'onnxruntime-web/ort-wasm-simd-threaded.jspi.mjs?url';

ort.env.wasm.wasmPaths = { wasm, mjs };
export { ort };
