#!/usr/bin/env node
// Only the evaluation figures of `npm run bench` (issue #11), for a quicker run:
// `npm run build && node bench/run-evaluation.mjs` (BENCH_SKIP_BERT_BASE=1 skips BERT-base).
import { launchBenchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/server.mjs';
import { printEvaluation } from './report.mjs';
import { measureEvaluation } from './scenarios/evaluation.mjs';

const server = await startPreview();
try {
  const browser = await launchBenchBrowser();
  const evaluation = await measureEvaluation(browser, server.url);
  await browser.close();
  printEvaluation({ evaluation });
  console.log(JSON.stringify(evaluation, null, 2));
} finally {
  server.stop();
}
