/**
 * onnxruntime-web's asyncify build (the one transformers.js uses): WebGPU and WASM for browsers
 * without JSPI, at the price of a 27 MB binary that compiles more slowly.
 */
import * as ort from 'onnxruntime-web/webgpu';
import wasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import mjs from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';

ort.env.wasm.wasmPaths = { wasm, mjs };
export { ort };
