// Evaluation at scale (issue #11), on the bundled model, WASM, timed in the page to the DOM:
// - importing an SST-2-sized set (872 rows of ../shared/data/sst2-train.tsv), from the click
//   on Import to final metrics (fresh page each trial: its worker has nothing cached);
// - a label-word edit on those rows, to the table's commit and to final metrics;
// - comparing 10 prompts: for each, the template edit, final metrics, "Add to comparison";
// - memory after importing 20,000 rows (and the evaluation of all 20,000: rows per second).
import { readFileSync } from 'node:fs';
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import {
  BENCH_MODELS_ROOT,
  BERT_BASE_REPO,
  ensureBenchModel,
  openBertBase,
} from '../lib/benchModels.mjs';
import { labelWordsForRound } from '../lib/examples.mjs';
import { measurePageMemory, openApp, pause, timedEdit } from '../lib/page.mjs';
import { median } from '../lib/stats.mjs';

const SST2 = '../shared/data/sst2-train.tsv';
const ROWS = 872;
const TRIALS = 3;
const EDITS = 5;
const PROMPTS = [
  '{text} It was [MASK].',
  '{text} All in all, it was [MASK].',
  '{text} The film was [MASK].',
  '{text} In short, [MASK].',
  '{text} I thought it was [MASK].',
  'It was [MASK]. {text}',
  '{text} A [MASK] movie.',
  '{text} Overall: [MASK].',
  '{text} This is [MASK].',
  '{text} It is [MASK]!',
];

/** The first `count` rows of the SST-2 train split as a TSV (header label, text). */
function sst2Rows(count) {
  const lines = readFileSync(SST2, 'utf8').split('\n');
  return [lines[0], ...lines.slice(1, count + 1)].join('\n');
}

/** Synthetic labelled rows, for the memory figure (no dataset text is needed for it). */
function syntheticRows(count) {
  const words = ['good', 'bad', 'fine', 'dull', 'bright', 'grim', 'warm', 'cold', 'fun', 'sad'];
  const lines = ['text,label'];
  for (let i = 0; i < count; i++)
    lines.push(`The ${words[i % 10]} film number ${i} was ${words[(i * 7) % 10]}.,${i % 2}`);
  return lines.join('\n');
}

/**
 * Runs `action` in the page (a click or an input) and resolves with the ms until the Metrics
 * region shows a finished evaluation of `rows` rows: not busy, no Evaluation progress bar.
 */
function timedToFinalMetrics(page, action, rows, timeoutMs = 600_000) {
  return page.evaluate(
    ({ action, rows, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const done = () => {
          const region = document.querySelector('section[aria-label="Metrics"]');
          return (
            region?.getAttribute('aria-busy') === 'false' &&
            !document.querySelector('progress[aria-label="Evaluation progress"]') &&
            region.textContent.includes(`Evaluated ${rows} of ${rows} rows`)
          );
        };
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`metrics of ${rows} rows not final after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const started = performance.now();
        if (action.click) document.querySelector(action.click).click();
        else {
          const field = document.querySelector(`[aria-label="${action.label}"]`);
          const proto =
            field instanceof HTMLTextAreaElement
              ? HTMLTextAreaElement.prototype
              : HTMLInputElement.prototype;
          Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, action.value);
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    { action, rows, timeoutMs },
  );
}

/** Puts `text` in the import dialog as a file named `name` and waits for its Import button. */
async function openImport(page, name, text) {
  await page
    .getByLabel('Import dataset')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 120_000 });
}

/** Rows per second evaluating `count` SST-2 rows on the BERT-base-shaped model (q8, WASM). */
async function bertBaseRowsPerSecond(browser, baseUrl, count) {
  if (!ensureBenchModel(BERT_BASE_REPO)) return null;
  const mirror = await startHubMirror({ root: BENCH_MODELS_ROOT });
  const page = await browser.newPage();
  try {
    await openBertBase(page, baseUrl, mirror.url, 'q8');
    await page.locator('section[aria-label="Metrics"][aria-busy="false"]').waitFor({
      timeout: 600_000,
    });
    await openImport(page, `sst2-${count}.tsv`, sst2Rows(count));
    const ms = await timedToFinalMetrics(
      page,
      { click: 'button[aria-label="Import"]' },
      TYPED + count,
      1_800_000,
    );
    return { rows: TYPED + count, ms, rowsPerSecond: ((TYPED + count) * 1000) / ms };
  } finally {
    await page.close();
    await mirror.close();
  }
}

/** Labelled rows the app evaluates: the typed starter examples (14) plus the dataset's. */
const TYPED = 14;

export async function measureEvaluation(browser, baseUrl) {
  const sst2 = sst2Rows(ROWS);
  const importMs = [];
  let page = null;
  for (let trial = 0; trial < TRIALS; trial++) {
    await page?.close();
    page = await browser.newPage();
    await openApp(page, baseUrl, '?backend=wasm');
    await page.locator('section[aria-label="Metrics"][aria-busy="false"]').waitFor();
    await openImport(page, 'sst2-872.tsv', sst2);
    importMs.push(
      await timedToFinalMetrics(page, { click: 'button[aria-label="Import"]' }, TYPED + ROWS),
    );
  }
  // The last trial's page has the 872 rows evaluated: label-word edits re-score from the cache.
  const labelEdits = [];
  for (let i = 0; i < EDITS; i++) {
    await pause(page);
    const value = labelWordsForRound(i);
    const table = await timedEdit(page, 'Label words: positive', value, { timeoutMs: 120_000 });
    await pause(page);
    const metricsMs = await timedToFinalMetrics(
      page,
      { label: 'Label words: positive', value: `${value}, superb` },
      TYPED + ROWS,
    );
    labelEdits.push({ tableMs: table.tableMs, metricsMs });
  }
  await page.getByRole('textbox', { name: 'Label words: positive' }).fill('great');
  await page.locator('section[aria-label="Metrics"][aria-busy="false"]').waitFor();
  const compareStarted = Date.now();
  for (const template of PROMPTS) {
    await timedToFinalMetrics(page, { label: 'Template', value: template }, TYPED + ROWS);
    await page.getByRole('button', { name: 'Add to comparison' }).click();
  }
  const compareMs = Date.now() - compareStarted;
  await page.close();

  // 20,000 rows: import, memory once imported, then the whole evaluation.
  const big = await browser.newPage();
  await openApp(big, baseUrl, '?backend=wasm');
  const before = await measurePageMemory(big);
  await openImport(big, 'synthetic-20000.csv', syntheticRows(20_000));
  const bigMs = await timedToFinalMetrics(
    big,
    { click: 'button[aria-label="Import"]' },
    TYPED + 20_000,
    1_800_000,
  );
  const after = await measurePageMemory(big);
  await big.close();
  const bertBase = process.env.BENCH_SKIP_BERT_BASE
    ? null
    : await bertBaseRowsPerSecond(browser, baseUrl, Number(process.env.BENCH_BERT_ROWS ?? 200));
  return {
    rows: ROWS + TYPED,
    importToMetricsMs: { median: median(importMs), trials: importMs },
    labelWordEdit: {
      tableMedianMs: median(labelEdits.map((e) => e.tableMs)),
      metricsMedianMs: median(labelEdits.map((e) => e.metricsMs)),
      edits: labelEdits,
    },
    compareTenPromptsMs: compareMs,
    twentyThousand: {
      evaluateMs: bigMs,
      rowsPerSecond: ((TYPED + 20_000) * 1000) / bigMs,
      memoryBefore: before,
      memoryAfter: after,
    },
    bertBase,
  };
}
