import { describe, expect, it } from 'vitest';
import { entriesForThisBrowser } from './precacheEntries';

const entries = [
  { url: 'index.html', revision: 'a' },
  { url: 'assets/ort-wasm-simd-threaded.jspi-CP6SXO_B.wasm', revision: null },
  { url: 'assets/ort-wasm-simd-threaded.jspi-BoEwGRw5.mjs', revision: null },
  { url: 'assets/ort-wasm-simd-threaded.asyncify-CxOG5pUO.wasm', revision: null },
  { url: 'assets/ort-wasm-simd-threaded.asyncify-DXIbolS2.mjs', revision: null },
  { url: 'models/cloze-lab-en/onnx/model.onnx', revision: 'b' },
];
const urls = (list: { url: string }[]) => list.map((entry) => entry.url);

describe('entriesForThisBrowser', () => {
  it('leaves out the asyncify WebAssembly where the browser has JSPI', () => {
    expect(urls(entriesForThisBrowser(entries, true))).toEqual([
      'index.html',
      'assets/ort-wasm-simd-threaded.jspi-CP6SXO_B.wasm',
      'assets/ort-wasm-simd-threaded.jspi-BoEwGRw5.mjs',
      'assets/ort-wasm-simd-threaded.asyncify-DXIbolS2.mjs',
      'models/cloze-lab-en/onnx/model.onnx',
    ]);
  });

  it('leaves out the JSPI WebAssembly where it has not', () => {
    expect(urls(entriesForThisBrowser(entries, false))).toEqual([
      'index.html',
      'assets/ort-wasm-simd-threaded.jspi-BoEwGRw5.mjs',
      'assets/ort-wasm-simd-threaded.asyncify-CxOG5pUO.wasm',
      'assets/ort-wasm-simd-threaded.asyncify-DXIbolS2.mjs',
      'models/cloze-lab-en/onnx/model.onnx',
    ]);
  });
});
