#!/usr/bin/env node
// `npm run bench:first-visit`: only the first-visit figures of `npm run bench` (a few minutes
// instead of most of an hour): fresh browser and profile per trial, timed from outside, beside
// the earlier in-browser figure, with the machine's load.
import { launchBenchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/server.mjs';
import { printFirstVisit } from './report.mjs';
import { measureFirstVisit, measureFirstVisitInWarmBrowser } from './scenarios/firstVisit.mjs';

const TRIALS = Number(process.env.BENCH_COLD_TRIALS ?? 5);

const server = await startPreview();
try {
  const coldStartBaseline = await measureFirstVisit(server.url, '?ort=asyncify', TRIALS);
  const coldStart = await measureFirstVisit(server.url, '', TRIALS);
  const browser = await launchBenchBrowser();
  const coldStartWarmBrowser = await measureFirstVisitInWarmBrowser(
    browser,
    server.url,
    '',
    TRIALS,
  );
  await browser.close();
  printFirstVisit({ coldStart, coldStartBaseline, coldStartWarmBrowser });
} finally {
  server.stop();
}
