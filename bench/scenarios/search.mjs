// Search and explain (issue #12), on the built app, WASM, timed in the page from the click to the
// DOM commit that shows the answer:
// - "Suggest label words" on 64 labelled SST-2 rows once they are evaluated (bundled model and
//   the BERT-base-shaped model, q8), with the worker's own figure beside it;
// - "Suggest templates" (every library template that fits the rows) on the same 64 rows;
// - one round of "Refine template" (?refineRounds=1);
// - the cost of demonstrations: tokens per input, and rows per second evaluating the 64 rows
//   after a template edit with and without them;
// - "Explain prediction" for the selected row.
import { readFileSync } from 'node:fs';
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import {
  BENCH_MODELS_ROOT,
  BERT_BASE_REPO,
  ensureBenchModel,
  openBertBase,
} from '../lib/benchModels.mjs';
import { fillExamples, openApp } from '../lib/page.mjs';
import { median } from '../lib/stats.mjs';

const SST2 = '../shared/data/sst2-train.tsv';
const ROWS = 64;
const TRIALS = 3;
const CLASS_OF_LABEL = { 0: 'negative', 1: 'positive' };

/** `count` SST-2 train rows, balanced, as `class<TAB>text` lines for the Examples box. */
function labelledLines(count) {
  const rows = readFileSync(SST2, 'utf8').split('\n').slice(1).filter(Boolean);
  const byClass = { 0: [], 1: [] };
  for (const line of rows) {
    const [label, text] = line.split('\t');
    if (byClass[label]?.length < count / 2)
      byClass[label].push(`${CLASS_OF_LABEL[label]}\t${text}`);
  }
  return [...byClass[0], ...byClass[1]];
}

/**
 * Clicks the button named `button` and resolves with the ms until `done` (a CSS selector) is in
 * the DOM, `busy` (a CSS selector) is not, and what `watch` (a CSS selector) shows has changed
 * since the click (so an earlier answer on screen does not count).
 */
function timedClick(page, { button, busy, done, watch, timeoutMs = 600_000 }) {
  return page.evaluate(
    ({ button, busy, done, watch, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const target = document.querySelector(`button[aria-label="${button}"]`);
        if (!target) return reject(new Error(`no button ${button}`));
        const shown = () => document.querySelector(watch)?.textContent ?? '';
        const before = shown();
        let sawBusy = false;
        const check = () => {
          if (document.querySelector(busy)) sawBusy = true;
          if (document.querySelector(busy) || !document.querySelector(done)) return;
          if (!sawBusy && shown() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${button}: no answer after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const started = performance.now();
        target.click();
      }),
    { button, busy, done, watch, timeoutMs },
  );
}

/** Waits until the Metrics region shows a finished evaluation of `rows` rows. */
async function finalMetrics(page, rows, timeout = 600_000) {
  await page
    .locator('section[aria-label="Metrics"][aria-busy="false"]')
    .filter({ hasText: `Evaluated ${rows} of ${rows} rows` })
    .waitFor({ timeout });
}

const LABEL_SEARCH = {
  button: 'Suggest label words',
  busy: 'progress[aria-label="Label word search progress"]',
  done: 'table[aria-label="Label word suggestions"] tbody tr',
  watch: 'section.label-word-search',
};

/** The worker's own time of the last label-word search, read from its stats line. */
async function workerSearchMs(page) {
  const text = await page.locator('section.label-word-search').textContent();
  const match = /in (\d+) ms in the worker; model runs needed: (\d+)/.exec(text ?? '');
  return match ? { workerMs: Number(match[1]), modelRuns: Number(match[2]) } : null;
}

async function labelWordSearch(page) {
  const trials = [];
  for (let i = 0; i < TRIALS; i++) {
    const ms = await timedClick(page, LABEL_SEARCH);
    trials.push({ ms, ...(await workerSearchMs(page)) });
  }
  return {
    medianMs: median(trials.map((t) => t.ms)),
    workerMedianMs: median(trials.map((t) => t.workerMs ?? NaN)),
    trials,
  };
}

/** Label-word search on the BERT-base-shaped model (q8, random weights: a size, not a quality). */
async function bertBaseLabelWords(browser, baseUrl, lines) {
  if (!ensureBenchModel(BERT_BASE_REPO)) return null;
  const mirror = await startHubMirror({ root: BENCH_MODELS_ROOT });
  const page = await browser.newPage();
  try {
    await openBertBase(page, baseUrl, mirror.url, 'q8');
    await fillExamples(page, lines, 600_000);
    await finalMetrics(page, lines.length, 1_200_000);
    return await labelWordSearch(page);
  } finally {
    await page.close();
    await mirror.close();
  }
}

/** Ms to final metrics after setting the Template box to `template`. */
async function timedTemplateEdit(page, template, rows) {
  const started = Date.now();
  await page.getByRole('textbox', { name: 'Template' }).fill(template);
  await finalMetrics(page, rows);
  return Date.now() - started;
}

export async function measureSearch(browser, baseUrl) {
  const lines = labelledLines(ROWS);
  const page = await browser.newPage();
  await openApp(page, baseUrl, '?backend=wasm&refineRounds=1');
  await fillExamples(page, lines);
  await finalMetrics(page, ROWS);

  const labelWords = await labelWordSearch(page);

  const templatesMs = await timedClick(page, {
    button: 'Suggest templates',
    busy: 'progress[aria-label="Template search progress"]',
    done: 'table[aria-label="Template suggestions"] tbody tr',
    watch: 'table[aria-label="Template suggestions"]',
  });
  const templatesRanked = await page
    .locator('table[aria-label="Template suggestions"] tbody tr')
    .count();
  await finalMetrics(page, ROWS);

  const refineMs = await timedClick(page, {
    button: 'Refine template',
    busy: 'progress[aria-label="Refinement progress"]',
    done: '[aria-label="Refinement result"]',
    watch: '[aria-label="Refinement result"]',
  });
  const refineRound = await page
    .locator('table[aria-label="Refinement trajectory"] tbody tr')
    .last()
    .textContent();
  await finalMetrics(page, ROWS);

  const explainMs = [];
  for (let i = 0; i < TRIALS; i++) {
    await page.getByRole('table', { name: 'Predictions' }).locator('tbody tr').nth(i).click();
    explainMs.push(
      await timedClick(page, {
        button: 'Explain prediction',
        busy: 'progress[aria-label="Explanation progress"]',
        done: 'section[aria-label="Explanation"][aria-busy="false"] li',
        watch: 'section[aria-label="Explanation"]',
      }),
    );
  }

  // Demonstrations: a template edit makes every row run again, with and without them.
  const withoutMs = await timedTemplateEdit(page, '{text} All in all, it was [MASK].', ROWS);
  await page.getByRole('switch', { name: 'Demonstrations' }).click();
  await finalMetrics(page, ROWS);
  const tokensLine = await page.getByLabel('Demonstration tokens').textContent();
  const withMs = await timedTemplateEdit(page, '{text} In short, it was [MASK].', ROWS);
  await page.close();

  const bertBase = process.env.BENCH_SKIP_BERT_BASE
    ? null
    : await bertBaseLabelWords(browser, baseUrl, lines);
  return {
    rows: ROWS,
    labelWords,
    bertBaseLabelWords: bertBase,
    templates: { ms: templatesMs, ranked: templatesRanked },
    refineOneRound: { ms: refineMs, lastStep: refineRound?.trim() ?? '' },
    explainMedianMs: median(explainMs),
    demonstrations: {
      tokensLine: tokensLine?.trim() ?? '',
      rowsPerSecondWithout: (ROWS * 1000) / withoutMs,
      rowsPerSecondWith: (ROWS * 1000) / withMs,
    },
  };
}
