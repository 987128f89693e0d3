#!/usr/bin/env node
// `npm run bench`: drives the built app in headless Debian Chromium (WASM) and prints figures —
// edit latencies, first visit, head tuning, memory across model switches, edits with many
// examples, a BERT-base comparison and responsiveness on BERT-base — all measured in one
// browser session. Figures, not
// assertions: the machine is shared, so read medians and ratios, not single times.
import { launchBenchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/server.mjs';
import { EXAMPLES } from './lib/examples.mjs';
import { printReport, writeResults } from './report.mjs';
import { measureBertBase } from './scenarios/bertBase.mjs';
import { measureEdits } from './scenarios/edits.mjs';
import { measureEvaluation } from './scenarios/evaluation.mjs';
import { measureFirstVisit, measureFirstVisitInWarmBrowser } from './scenarios/firstVisit.mjs';
import { measureLargeInputEdits } from './scenarios/largeInputs.mjs';
import { measureModelSwitchMemory } from './scenarios/modelSwitches.mjs';
import { measureResponsiveness } from './scenarios/responsiveness.mjs';
import { measureSearch } from './scenarios/search.mjs';
import { measureTuning } from './scenarios/tuning.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const FIRST_VISIT_TRIALS = Number(process.env.BENCH_COLD_TRIALS ?? 5);
const MODEL_SWITCHES = Number(process.env.BENCH_MODEL_SWITCHES ?? 10);
const LARGE_EXAMPLES = Number(process.env.BENCH_LARGE_EXAMPLES ?? 2000);
// Each edit with 2,000 examples waits for a full chart redraw: fewer rounds keep the run short.
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS ?? 5);

/**
 * Runs one scenario; a failure becomes `{ error }` in the results (and a non-zero exit), so one
 * broken scenario does not cost the figures of the others.
 */
async function attempt(name, scenario) {
  try {
    return await scenario();
  } catch (error) {
    console.error(`bench: ${name} failed:`, error);
    process.exitCode = 1;
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

const server = await startPreview();
try {
  const browser = await launchBenchBrowser();
  const { url } = server;
  // Baseline first, in the same browser session: the unmodified graph (logits at every token).
  const baseline = await measureEdits(browser, url, '?backend=wasm&head=original', ROUNDS);
  const app = await measureEdits(browser, url, '?backend=wasm', ROUNDS);
  // First visits: each in a freshly started browser with an empty profile, as a visitor meets it.
  const coldStartBaseline = await measureFirstVisit(url, '?ort=asyncify', FIRST_VISIT_TRIALS);
  const coldStart = await measureFirstVisit(url, '', FIRST_VISIT_TRIALS);
  const coldStartWarmBrowser = await measureFirstVisitInWarmBrowser(
    browser,
    url,
    '',
    FIRST_VISIT_TRIALS,
  );
  const tuning = await attempt('head tuning', () => measureTuning(browser, url));
  const modelSwitchMemory = await attempt('memory after model switches', () =>
    measureModelSwitchMemory(browser, url, MODEL_SWITCHES),
  );
  const largeInputEdits = await attempt('edits with many examples', () =>
    measureLargeInputEdits(browser, url, {
      count: LARGE_EXAMPLES,
      baselineCount: EXAMPLES.length,
      rounds: LARGE_ROUNDS,
    }),
  );
  const bertBase = process.env.BENCH_SKIP_BERT_BASE
    ? null
    : await attempt('BERT-base comparison', () => measureBertBase(browser, url));
  const responsiveness = process.env.BENCH_SKIP_BERT_BASE
    ? null
    : await attempt('responsiveness', () => measureResponsiveness(browser, url));
  const evaluation = await attempt('evaluation at scale', () => measureEvaluation(browser, url));
  const search = await attempt('search and explain', () => measureSearch(browser, url));
  await browser.close();

  const result = {
    date: new Date().toISOString(),
    examples: EXAMPLES.length,
    rounds: ROUNDS,
    firstVisitTrials: FIRST_VISIT_TRIALS,
    app,
    baseline,
    coldStart,
    coldStartBaseline,
    coldStartWarmBrowser,
    tuning,
    bertBase,
    modelSwitchMemory,
    largeInputEdits,
    responsiveness,
    evaluation,
    search,
  };
  printReport(result);
  writeResults(result);
} finally {
  server.stop();
}
