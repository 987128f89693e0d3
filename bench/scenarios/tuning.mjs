// Head tuning on the bundled model: ms per epoch (both heads), the learning-curve experiment on
// cached features, and — when ../shared/data is there — the learning curve on SST-2 sentences.
import { existsSync, readFileSync } from 'node:fs';
import { EXAMPLES } from '../lib/examples.mjs';
import { fillExamples, openApp } from '../lib/page.mjs';

// Research data stays outside the project (shared/README.md): read for the bench, never copied.
const SST2 = '../shared/data/sst2-train.tsv';
const EPOCHS = 100;

/** Waits until a table has `rows` rows (header included); returns ms since `start`. */
async function tableRows(page, name, rows, start, timeout = 600_000) {
  await page
    .getByRole('table', { name })
    .getByRole('row')
    .nth(rows - 1)
    .waitFor({ timeout });
  return Date.now() - start;
}

/** 200 SST-2 lines (100 per class) as `label<TAB>text`; null without ../shared/data. */
function sst2Examples() {
  if (!existsSync(SST2)) return null;
  const lines = readFileSync(SST2, 'utf8').trim().split('\n').slice(1);
  const pick = (label) => lines.filter((l) => l.startsWith(`${label}\t`)).slice(0, 100);
  return [...pick(1), ...pick(0)].map((l) =>
    l.replace(/^1\t/, 'positive\t').replace(/^0\t/, 'negative\t'),
  );
}

/**
 * Trains for EPOCHS epochs on EXAMPLES (15 shots per class, 30 training examples), runs the
 * learning curve on cached features, then on SST-2 when present (the rest of each split evaluates).
 */
export async function measureTuning(browser, baseUrl) {
  const page = await browser.newPage();
  await openApp(page, baseUrl, '?backend=wasm');
  await fillExamples(page, EXAMPLES);
  await page.getByRole('spinbutton', { name: 'Shots per class' }).fill('15');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill(String(EPOCHS));
  await page.getByRole('spinbutton', { name: 'Batch size' }).fill('8');
  let start = Date.now();
  await page.getByRole('button', { name: 'Train' }).click();
  const trainMs = await tableRows(page, 'Training history', EPOCHS + 1, start);
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('30');
  start = Date.now();
  await page.getByRole('button', { name: 'Run learning curve' }).click();
  const curveMs = await tableRows(page, 'Learning curve', 2, start);

  let sst2 = null;
  const examples = sst2Examples();
  if (examples) {
    await fillExamples(page, examples);
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
  return { msPerEpoch: trainMs / EPOCHS, epochs: EPOCHS, curveWallMs: curveMs, sst2 };
}
