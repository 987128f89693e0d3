#!/usr/bin/env node
// `npm run bench:hosting`: a first visit to dist/ on a plain static server under a sub-path (the
// service worker brings isolation; no COOP/COEP from the server) beside the same visit to
// `vite preview` (which sends the headers), fresh browser and profile per visit, interleaved so
// both meet the same machine load; plus the size of dist/ and of the service worker's precache.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticHost } from '../e2e/staticHost.mjs';
import { startPreview, BENCH_PORT } from './lib/server.mjs';
import { median } from './lib/stats.mjs';
import { loadAverage, measureFirstVisit } from './scenarios/firstVisit.mjs';

const TRIALS = Number(process.env.BENCH_COLD_TRIALS ?? 3);

function folderBytes(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const urls = [...readFileSync('dist/serviceWorker.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map(
  (m) => m[1],
);
const sizes = urls.map((url) => ({ url, bytes: statSync(join('dist', url)).size }));
const sum = (list) => list.reduce((s, e) => s + e.bytes, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`dist/: ${mb(folderBytes('dist'))}`);
console.log(
  `precache list: ${urls.length} files, ${mb(sum(sizes))}; a JSPI browser (Chromium) stores ` +
    `${mb(sum(sizes.filter((e) => !/asyncify-[^/]*\.wasm$/.test(e.url))))}`,
);

const preview = await startPreview();
const host = await startStaticHost({ port: BENCH_PORT + 1 });
const results = { preview: [], static: [] };
try {
  for (let i = 0; i < TRIALS; i++) {
    results.preview.push(await measureFirstVisit(preview.url, '', 1));
    results.static.push(await measureFirstVisit(`${host.url}/cloze-lab`, '', 1));
  }
} finally {
  preview.stop();
  host.stop();
}
for (const [name, runs] of Object.entries(results)) {
  const times = runs.map((r) => r.times[0]);
  console.log(
    `first row, first visit, ${name === 'preview' ? 'vite preview at /' : 'serve under /cloze-lab/'}: ` +
      `median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}); ` +
      `Runtime at that moment: ${runs.map((r) => r.runtime).join(' | ')}`,
  );
}
console.log(`load average (1, 5, 15 min) at the end: ${loadAverage()}`);
