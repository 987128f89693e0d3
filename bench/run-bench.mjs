#!/usr/bin/env node
// `npm run bench`: drives the built app in headless Debian Chromium (WASM) with 32 examples and
// prints median edit-to-table latencies for label-word and template edits, and the time per
// batched session.run, all measured in one browser session. Figures, not assertions.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, executablePath } from '../e2e/chromium.mjs';
import { startHubMirror } from '../e2e/hubMirror.mjs';

const PORT = 4174;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const COLD_TRIALS = Number(process.env.BENCH_COLD_TRIALS ?? 5);

// 32 short review sentences written for the benchmark (about 10–24 tokens with the template).
const SUBJECTS = [
  'The acting',
  'The story',
  'The music',
  'The ending',
  'The camera work',
  'The dialogue',
  'The cast',
  'The pacing',
];
const VERDICTS = [
  'was warm and full of life',
  'felt flat and far too long',
  'kept me smiling from start to finish',
  'made no sense at all, sadly',
];
const EXAMPLES = SUBJECTS.flatMap((s, i) =>
  VERDICTS.map((v, j) => `${(i + j) % 2 ? 'negative' : 'positive'}\t${s} ${v}.`),
);
const FILLERS = [
  'really',
  'truly',
  'quite',
  'so',
  'very',
  'just',
  'rather',
  'pretty',
  'simply',
  'honestly',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2
    : NaN;
};

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

// Edits are spaced like a quick typist's keystrokes, so each one is measured on its own rather
// than queued behind the previous edit's chart redraw.
const PAUSE_MS = 250;
const pause = (page) => page.waitForTimeout(PAUSE_MS);

/** Edits a field the way typing does and resolves with ms until the Predictions table changes. */
function timedEdit(page, label, value, timeoutMs = 30_000) {
  return page.evaluate(
    ({ label, value, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const field = document.querySelector(`[aria-label="${label}"]`);
        const table = document.querySelector('table[aria-label="Predictions"] tbody');
        if (!field || !table) return reject(new Error(`missing ${label} or table`));
        const before = table.textContent;
        const observer = new MutationObserver(() => {
          if (table.textContent !== before) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(table, { subtree: true, childList: true, characterData: true });
        const proto =
          field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
        const started = performance.now();
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => reject(new Error(`no table change after editing ${label}`)), timeoutMs);
      }),
    { label, value, timeoutMs },
  );
}

async function modelStats(page) {
  const text = await page.locator('.stats').textContent();
  const [, runs, sequences, , ms, kb] =
    text.match(
      /(\d+) model run\(s\) over (\d+) sequence\(s\), (\d+) from cache, ([\d.]+) ms in the model, (\d+) KB/,
    ) ?? [];
  return { runs: Number(runs), sequences: Number(sequences), ms: Number(ms), kb: Number(kb) };
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
/**
 * Time from navigation start to the first row of the Predictions table on screen, in a fresh
 * browser context each time (empty HTTP cache and Cache Storage: a first visit). Read in the page
 * by a MutationObserver, not by Playwright's polling, which adds up to half a second.
 */
async function measureColdStart(browser, query, trials) {
  const times = [];
  let runtime = '';
  for (let i = 0; i < trials; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen = () => document.querySelector('table[aria-label="Predictions"] tbody tr');
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        window.__firstPredictionMs = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/${query}`);
    await page.waitForFunction(() => window.__firstPredictionMs !== undefined, null, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => window.__firstPredictionMs));
    runtime = await page.getByRole('status', { name: 'Runtime' }).textContent();
    await context.close();
  }
  return { runtime, times, median: median(times) };
}

/** Opens the app at `query` in a fresh page and measures edits; returns the figures. */
async function measure(browser, query) {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/${query}`);
  const runtime = page.getByRole('status', { name: 'Runtime' });
  await runtime.filter({ hasText: 'WASM' }).waitFor({ timeout: 120_000 });
  await page.getByRole('table', { name: 'Predictions' }).waitFor();

  await page.getByRole('textbox', { name: 'Examples', exact: true }).fill(EXAMPLES.join('\n'));
  await page
    .locator('table[aria-label="Predictions"] tbody tr')
    .nth(EXAMPLES.length - 1)
    .waitFor();
  await page.waitForTimeout(500);

  const labelMs = [];
  for (let i = 0; i < ROUNDS; i++) {
    await pause(page);
    labelMs.push(await timedEdit(page, 'Label words: positive', i % 2 ? 'great' : 'great, good'));
  }
  const templateMs = [];
  const batchMs = [];
  let last = { sequences: 0, kb: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    // A new filler word each round, so every template edit misses the cache and runs the model.
    const filler = FILLERS[i % FILLERS.length];
    const template = `{text} ${'It '.repeat(1 + Math.floor(i / FILLERS.length))}was ${filler} [MASK].`;
    await pause(page);
    templateMs.push(await timedEdit(page, 'Template', template));
    const stats = await modelStats(page);
    if (stats.runs > 0) batchMs.push(stats.ms / stats.runs);
    last = stats;
  }
  const status = await runtime.textContent();
  await page.close();
  return {
    runtime: status,
    labelWordEditMedianMs: median(labelMs),
    templateEditMedianMs: median(templateMs),
    sessionRunPerBatchMedianMs: median(batchMs),
    sequencesPerTemplateEdit: last.sequences,
    bytesOutPerExample: (last.kb * 1024) / Math.max(1, last.sequences),
  };
}

// About 24 tokens each with the template, as real review sentences run.
const LONG_EXAMPLES = SUBJECTS.flatMap((subject, i) =>
  VERDICTS.map(
    (verdict, j) =>
      `${subject} ${verdict}, and after ${i + j + 2} weeks I still think about the ending.`,
  ),
);
const BERT_BASE_ROOT = 'bench/models';
const BERT_BASE_REPO = 'bench/bert-base-random';

/** Builds the BERT-base-shaped random model once (Debian python3-torch); false when it cannot. */
function ensureBertBase() {
  const folder = join(BERT_BASE_ROOT, BERT_BASE_REPO);
  if (existsSync(join(folder, 'onnx/model.onnx'))) return true;
  console.log('building the BERT-base-shaped benchmark model (random weights, ~530 MB, once)…');
  const made = spawnSync(
    '/usr/bin/python3',
    ['tools/fixtures/make_bert_base.py', '--out', folder],
    { stdio: 'inherit' },
  );
  return made.status === 0;
}

/**
 * Examples per second on a BERT-base-shaped model: our worker (one batched run per template
 * edit, logits only at the masks) against transformers.js' fill-mask pipeline called once per
 * example, same browser session, same backend (WASM) and thread count.
 */
async function measureBertBase(browser) {
  if (!ensureBertBase()) {
    console.log(
      '  (skipped the BERT-base comparison: could not build its model — needs python3-torch)',
    );
    return null;
  }
  const mirror = await startHubMirror({ root: BERT_BASE_ROOT });
  try {
    const page = await browser.newPage();
    await page.goto(
      `http://localhost:${PORT}/?model=${BERT_BASE_REPO}&hub=${mirror.url}&dtype=fp32&backend=wasm`,
    );
    // Ready means the status names the model with its dtype; a failed load falls back to the
    // bundled model and shows an alert, which must not pass for a measurement.
    const ready = page
      .getByRole('status', { name: 'Runtime' })
      .filter({ hasText: 'bert-base-random · fp32' });
    const failed = page.getByRole('alert').filter({ hasText: 'Could not load' });
    await Promise.race([ready.waitFor({ timeout: 600_000 }), failed.waitFor({ timeout: 600_000 })]);
    if (await failed.isVisible())
      throw new Error(`BERT-base did not load: ${await failed.textContent()}`);
    await page
      .getByRole('textbox', { name: 'Examples', exact: true })
      .fill(LONG_EXAMPLES.join('\n'));
    await page
      .locator('table[aria-label="Predictions"] tbody tr')
      .nth(LONG_EXAMPLES.length - 1)
      .waitFor({ timeout: 300_000 });
    const editMs = [];
    let stats = null;
    for (let i = 0; i < 3; i++) {
      await pause(page);
      editMs.push(
        await timedEdit(page, 'Template', `{text} It was ${FILLERS[i]} [MASK].`, 300_000),
      );
      stats = await modelStats(page);
    }
    await page.close();

    const baseline = await browser.newPage();
    await baseline.goto(`http://localhost:${PORT}/bench/pipeline.html`);
    const pipelineResult = await baseline.evaluate((options) => window.runPipelineBench(options), {
      host: mirror.url,
      repo: BERT_BASE_REPO,
      texts: LONG_EXAMPLES.map((t) => `${t} It was [MASK].`),
    });
    await baseline.close();
    const ours = (LONG_EXAMPLES.length * 1000) / median(editMs);
    const theirs = 1000 / pipelineResult.msPerExample;
    return {
      examples: LONG_EXAMPLES.length,
      oursExamplesPerSecond: ours,
      pipelineExamplesPerSecond: theirs,
      speedup: ours / theirs,
      oursBytesOutPerExample: ((stats?.kb ?? 0) * 1024) / LONG_EXAMPLES.length,
    };
  } finally {
    await mirror.close();
  }
}

const SST2 = '../shared/data/sst2-train.tsv';

/** Waits until a table has `rows` rows (header included); returns ms since `start`. */
async function tableRows(page, name, rows, start, timeout = 600_000) {
  await page
    .getByRole('table', { name })
    .getByRole('row')
    .nth(rows - 1)
    .waitFor({ timeout });
  return Date.now() - start;
}

/**
 * Head tuning on the bundled model: ms per epoch (both heads, 30 training examples), the wall
 * time of the learning-curve experiment on cached features, and — when ../shared/data is there —
 * the learning curve on 200 SST-2 sentences (100 per class; the rest of each split evaluates).
 */
async function measureTuning(browser) {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/?backend=wasm`);
  await page
    .getByRole('status', { name: 'Runtime' })
    .filter({ hasText: 'WASM' })
    .waitFor({ timeout: 120_000 });
  await page.getByRole('textbox', { name: 'Examples', exact: true }).fill(EXAMPLES.join('\n'));
  await page
    .locator('table[aria-label="Predictions"] tbody tr')
    .nth(EXAMPLES.length - 1)
    .waitFor();
  const epochs = 100;
  await page.getByRole('spinbutton', { name: 'Shots per class' }).fill('15');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill(String(epochs));
  await page.getByRole('spinbutton', { name: 'Batch size' }).fill('8');
  let start = Date.now();
  await page.getByRole('button', { name: 'Train' }).click();
  const trainMs = await tableRows(page, 'Training history', epochs + 1, start);
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('30');
  start = Date.now();
  await page.getByRole('button', { name: 'Run learning curve' }).click();
  const curveMs = await tableRows(page, 'Learning curve', 2, start);

  let sst2 = null;
  if (existsSync(SST2)) {
    const lines = readFileSync(SST2, 'utf8').trim().split('\n').slice(1);
    const pick = (label) => lines.filter((l) => l.startsWith(`${label}\t`)).slice(0, 100);
    const examples = [...pick(1), ...pick(0)].map((l) =>
      l.replace(/^1\t/, 'positive\t').replace(/^0\t/, 'negative\t'),
    );
    await page.getByRole('textbox', { name: 'Examples', exact: true }).fill(examples.join('\n'));
    await page
      .locator('table[aria-label="Predictions"] tbody tr')
      .nth(examples.length - 1)
      .waitFor({ timeout: 120_000 });
    start = Date.now();
    await page.getByRole('button', { name: 'Run learning curve' }).click();
    const sst2Ms = await tableRows(page, 'Learning curve', 13, start);
    const rows = await page
      .getByRole('table', { name: 'Learning curve' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    sst2 = { examples: examples.length, wallMs: sst2Ms, rows };
  }
  await page.close();
  return { msPerEpoch: trainMs / epochs, epochs, curveWallMs: curveMs, sst2 };
}

const row = (label, value, note = '') =>
  console.log(`  ${label.padEnd(46)}${value.padStart(10)}   ${note}`);

try {
  await waitForServer(`http://localhost:${PORT}/`);
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  });
  // Baseline first, in the same browser session: the unmodified graph (logits at every token).
  const baseline = await measure(browser, '?backend=wasm&head=original');
  const app = await measure(browser, '?backend=wasm');
  const coldStartBaseline = await measureColdStart(browser, '?ort=asyncify', COLD_TRIALS);
  const coldStart = await measureColdStart(browser, '', COLD_TRIALS);
  const tuning = await measureTuning(browser);
  const bertBase = process.env.BENCH_SKIP_BERT_BASE ? null : await measureBertBase(browser);
  await browser.close();

  console.log(
    `\nCloze Lab bench — ${app.runtime}, ${EXAMPLES.length} examples, ${ROUNDS} rounds each`,
  );
  row(
    'first prediction, first visit (median)',
    `${coldStart.median.toFixed(0)} ms`,
    `target ≤ 2000 ms; ${COLD_TRIALS} fresh contexts: ${coldStart.times.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  row(
    '  baseline: ORT asyncify build (?ort=asyncify)',
    `${coldStartBaseline.median.toFixed(0)} ms`,
    `${coldStartBaseline.times.map((t) => t.toFixed(0)).join(', ')} ms; ratio ${(coldStartBaseline.median / coldStart.median).toFixed(2)}×`,
  );
  row(
    'label-word edit → table (median)',
    `${app.labelWordEditMedianMs.toFixed(1)} ms`,
    'target < 16 ms, no model run',
  );
  row(
    'template edit → table (median)',
    `${app.templateEditMedianMs.toFixed(1)} ms`,
    'target < 100 ms',
  );
  row(
    'session.run per batch (median)',
    `${app.sessionRunPerBatchMedianMs.toFixed(1)} ms`,
    `${app.sequencesPerTemplateEdit} sequences per batch`,
  );
  row('bytes copied out per example', `${(app.bytesOutPerExample / 1024).toFixed(1)} KB`);
  console.log('  baseline in the same browser: unmodified graph (?head=original)');
  row('  template edit → table (median)', `${baseline.templateEditMedianMs.toFixed(1)} ms`);
  row('  session.run per batch (median)', `${baseline.sessionRunPerBatchMedianMs.toFixed(1)} ms`);
  row('  bytes copied out per example', `${(baseline.bytesOutPerExample / 1024).toFixed(1)} KB`);
  console.log('  ratios');
  row(
    '  template edit, baseline / mask-row graph',
    `${(baseline.templateEditMedianMs / app.templateEditMedianMs).toFixed(2)}×`,
  );
  row(
    '  bytes out, baseline / mask-row graph',
    `${(baseline.bytesOutPerExample / app.bytesOutPerExample).toFixed(1)}×`,
  );
  row(
    '  template edit / label-word edit (cache)',
    `${(app.templateEditMedianMs / app.labelWordEditMedianMs).toFixed(1)}×`,
  );
  console.log(`  head tuning on ${EXAMPLES.length} examples (30 train), both heads per epoch`);
  row(
    '  ms per epoch (incl. the pause that lets Stop through)',
    `${tuning.msPerEpoch.toFixed(1)} ms`,
  );
  row(
    '  learning curve (k × 5 seeds × 2 heads, cached features)',
    `${(tuning.curveWallMs / 1000).toFixed(2)} s`,
  );
  if (tuning.sst2) {
    console.log(
      `  learning curve on ${tuning.sst2.examples} SST-2 sentences (evaluation: the rest of each split), ${(tuning.sst2.wallMs / 1000).toFixed(1)} s`,
    );
    for (const [k, head, mean, std] of tuning.sst2.rows)
      row(`    k = ${k}, ${head}`, `${mean} ± ${std}`);
  } else console.log('  (SST-2 learning curve skipped: ../shared/data is not there)');
  if (bertBase) {
    console.log(
      `  BERT-base-shaped model (12 layers, 768 hidden, 30522 vocabulary, random weights), WASM, ${bertBase.examples} examples of ~24 tokens`,
    );
    row(
      '  our worker (batched, mask rows only)',
      `${bertBase.oursExamplesPerSecond.toFixed(2)} ex/s`,
    );
    row(
      "  transformers.js pipeline('fill-mask'), per example",
      `${bertBase.pipelineExamplesPerSecond.toFixed(2)} ex/s`,
    );
    row('  ratio (target ≥ 3×)', `${bertBase.speedup.toFixed(2)}×`);
    row(
      '  bytes copied out per example (ours)',
      `${(bertBase.oursBytesOutPerExample / 1024).toFixed(1)} KB`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  const result = {
    date: new Date().toISOString(),
    examples: EXAMPLES.length,
    rounds: ROUNDS,
    app,
    baseline,
    coldStart,
    coldStartBaseline,
    tuning,
    bertBase,
  };
  writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
} finally {
  process.kill(-server.pid);
}
