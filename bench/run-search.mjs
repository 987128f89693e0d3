#!/usr/bin/env node
// Only the search-and-explain figures of `npm run bench` (issue #12), for a quicker run:
// `npm run build && node bench/run-search.mjs` (BENCH_SKIP_BERT_BASE=1 skips BERT-base).
import { launchBenchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/server.mjs';
import { printSearch } from './report.mjs';
import { measureSearch } from './scenarios/search.mjs';

const server = await startPreview();
try {
  const browser = await launchBenchBrowser();
  const search = await measureSearch(browser, server.url);
  await browser.close();
  printSearch({ search });
  console.log(JSON.stringify(search, null, 2));
} finally {
  server.stop();
}
