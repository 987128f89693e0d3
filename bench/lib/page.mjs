// Driving the app and timing it from inside the page. Times are read in the page (MutationObserver
// and performance.now()), not by Playwright's polling, which adds up to half a second.

/** The accessible name of the probability chart's figure (README's accessible-name contract). */
export const CHART_NAME = 'Class probabilities per example';

// Edits are spaced like a quick typist's keystrokes, so each one is measured on its own rather
// than queued behind the previous edit's chart redraw.
const PAUSE_MS = 250;

/** Waits the gap between two timed edits. */
export const pause = (page) => page.waitForTimeout(PAUSE_MS);

/** Opens the app at `query` and waits until it answers on WASM with a Predictions table. */
export async function openApp(page, baseUrl, query) {
  await page.goto(`${baseUrl}/${query}`);
  await page
    .getByRole('status', { name: 'Runtime' })
    .filter({ hasText: 'WASM' })
    .waitFor({ timeout: 120_000 });
  await page.getByRole('table', { name: 'Predictions' }).waitFor();
}

/**
 * Pastes `lines` into Examples and waits until the table holds current results for them (it
 * renders only the rows in view above 100 rows, so the last row need not be in the DOM).
 */
export async function fillExamples(page, lines, timeout = 120_000) {
  // The same timeout for the paste: with thousands of lines the page may not answer for a while.
  await page
    .getByRole('textbox', { name: 'Examples', exact: true })
    .fill(lines.join('\n'), { timeout });
  const table = page.locator('table[aria-label="Predictions"]');
  // The edit first marks the table outdated (unless the answer was already there), then current.
  await table
    .and(page.locator('[aria-busy="true"]'))
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await table.and(page.locator('[aria-busy="false"]')).locator('tbody tr').first().waitFor({
    timeout,
  });
}

/**
 * Edits a field the way typing does (React sees an input event) and resolves with
 * `{ tableMs, chartMs }`: ms from the edit to the DOM commit that changes the Predictions table's
 * rows, and — with `chart: true` — to the last commit that changes the chart's SVG (recharts may
 * commit more than once per redraw; the chart is done when it stops changing for `quietMs`).
 */
export function timedEdit(page, label, value, { timeoutMs = 30_000, chart = false } = {}) {
  return page.evaluate(
    ({ label, value, timeoutMs, chart, chartName, quietMs }) =>
      new Promise((resolve, reject) => {
        const field = document.querySelector(`[aria-label="${label}"]`);
        const table = document.querySelector('table[aria-label="Predictions"]');
        const figure = chart ? document.querySelector(`figure[aria-label="${chartName}"]`) : null;
        if (!field || !table) return reject(new Error(`missing ${label} or the table`));
        if (chart && !figure) return reject(new Error(`missing the chart ${chartName}`));
        const rows = () => table.querySelector('tbody')?.textContent ?? '';
        const drawing = () => [...figure.querySelectorAll('svg')].map((s) => s.outerHTML).join('');
        const rowsBefore = rows();
        const drawingBefore = chart ? drawing() : '';
        const times = {};
        const observers = [];
        let quiet = 0;
        const timeout = setTimeout(() => {
          observers.forEach((o) => o.disconnect());
          reject(new Error(`no ${'tableMs' in times ? 'chart' : 'table'} change after ${label}`));
        }, timeoutMs);
        const finishIfDone = () => {
          if (!('tableMs' in times) || (chart && !('chartMs' in times))) return;
          clearTimeout(timeout);
          observers.forEach((o) => o.disconnect());
          resolve(times);
        };
        const watch = (node, onMutation) => {
          const observer = new MutationObserver(onMutation);
          observer.observe(node, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: node === figure,
          });
          observers.push(observer);
        };
        watch(table, () => {
          if ('tableMs' in times || rows() === rowsBefore) return;
          times.tableMs = performance.now() - started;
          finishIfDone();
        });
        if (chart) {
          let lastChange = 0;
          // Only a timestamp per commit; the drawing is compared once the chart is quiet, so the
          // comparison never delays the commits it times.
          watch(figure, () => {
            lastChange = performance.now();
            clearTimeout(quiet);
            quiet = setTimeout(() => {
              if ('chartMs' in times || drawing() === drawingBefore) return;
              times.chartMs = lastChange - started;
              finishIfDone();
            }, quietMs);
          });
        }
        const proto =
          field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
        const started = performance.now();
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { label, value, timeoutMs, chart, chartName: CHART_NAME, quietMs: 500 },
  );
}

/** Resolves once nothing under `selector` has changed for `quietMs` (e.g. a chart's first draw). */
export function waitForQuiet(page, selector, { quietMs = 1000, timeoutMs = 300_000 } = {}) {
  return page.evaluate(
    ({ selector, quietMs, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const node = document.querySelector(selector);
        if (!node) return reject(new Error(`missing ${selector}`));
        let quiet = 0;
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        });
        const done = () => {
          observer.disconnect();
          clearTimeout(timeout);
          resolve();
        };
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} still changing after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(node, { subtree: true, childList: true, attributes: true });
        quiet = setTimeout(done, quietMs);
      }),
    { selector, quietMs, timeoutMs },
  );
}

/** The model counters the app prints under the accuracy line (runs, sequences, ms, KB out). */
export async function modelStats(page) {
  const text = await page.locator('.stats').textContent();
  const [, runs, sequences, , ms, kb] =
    text.match(
      /(\d+) model run\(s\) over (\d+) sequence\(s\), (\d+) from cache, ([\d.]+) ms in the model, (\d+) KB/,
    ) ?? [];
  return { runs: Number(runs), sequences: Number(sequences), ms: Number(ms), kb: Number(kb) };
}

/**
 * The page's memory as Chromium measures it (`performance.measureUserAgentSpecificMemory()`,
 * which needs a cross-origin isolated page): the total, and the part held by dedicated workers —
 * the model worker, whose figure includes ORT's WASM heap, where the sessions live.
 * Measured here: the call answers in ~0.1 s on a page without workers but takes ~60 s once ORT's
 * thread-pool worker runs: that worker never reports (presumably blocked waiting for work, where
 * no measurement task can run), Chromium gives up on it after a minute, and its own small JS heap
 * is missing from the breakdown.
 */
export function measurePageMemory(page) {
  return page.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory)
      throw new Error('measureUserAgentSpecificMemory needs a cross-origin isolated page');
    const started = performance.now();
    const result = await performance.measureUserAgentSpecificMemory();
    const inWorkers = result.breakdown
      .filter((entry) => entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
      .reduce((sum, entry) => sum + entry.bytes, 0);
    return { bytes: result.bytes, workerBytes: inWorkers, measureMs: performance.now() - started };
  });
}
