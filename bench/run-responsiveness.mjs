#!/usr/bin/env node
// The responsiveness scenario alone (it is also part of `npm run bench`), on an app already
// built (`npx vite build`): prints its figures and writes bench/results/responsiveness.json.
// BENCH_RESPONSIVENESS=quick|q8|fp32|q8,fp32 and the other variables of
// scenarios/responsiveness.mjs choose the cells; BENCH_PORT the preview server's port.
import { launchBenchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/server.mjs';
import { printResponsiveness, writeResults } from './report.mjs';
import { measureResponsiveness } from './scenarios/responsiveness.mjs';

const server = await startPreview();
try {
  const browser = await launchBenchBrowser();
  const responsiveness = await measureResponsiveness(browser, server.url);
  await browser.close();
  const result = { date: new Date().toISOString(), responsiveness };
  console.log('\nCloze Lab bench — responsiveness only');
  printResponsiveness(result);
  writeResults(result, 'responsiveness');
} finally {
  server.stop();
}
