import { describe, expect, it } from 'vitest';
import { reachableEntries } from './precacheReach.mjs';

const files = {
  'index.html': '<script src="./assets/main-A1.js"></script>',
  'manifest.webmanifest': '{"icons":[{"src":"icon-192.png"}]}',
  'icon-192.png': '',
  'assets/main-A1.js': 'new Worker(new URL("model.worker-B2.js", import.meta.url))',
  'assets/model.worker-B2.js': 'new URL("ort-wasm-C3.wasm", import.meta.url)',
  'assets/ort-wasm-C3.wasm': 'main-A1.js (binary, never read)',
  'bench/pipeline.html': '<script src="../assets/pipeline-D4.js"></script>',
  'assets/pipeline-D4.js': 'new URL("pipeline.worker-E5.js", import.meta.url); main-A1.js',
  'assets/pipeline.worker-E5.js': 'ort-wasm-C3.wasm',
  'models/tiny/onnx/model.onnx': '',
  'models/index.json': '{"models":[]}',
};
const entries = Object.keys(files).map((url) => ({ url, revision: null }));
const urls = (list) => list.map((entry) => entry.url).sort();

describe('reachableEntries', () => {
  it('keeps what the app reaches and what `keep` names, not the bench pages', () => {
    const kept = reachableEntries(
      entries,
      ['index.html', 'manifest.webmanifest'],
      (url) => url.startsWith('models/'),
      (url) => files[url],
    );
    expect(urls(kept)).toEqual(
      [
        'assets/main-A1.js',
        'assets/model.worker-B2.js',
        'assets/ort-wasm-C3.wasm',
        'icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'models/index.json',
        'models/tiny/onnx/model.onnx',
      ].sort(),
    );
  });

  it('reads no binary file', () => {
    const read = [];
    reachableEntries(
      entries,
      ['index.html'],
      () => false,
      (url) => (read.push(url), files[url]),
    );
    expect(read.some((url) => url.endsWith('.wasm'))).toBe(false);
  });
});
