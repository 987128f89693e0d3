// Driving the app and timing it from inside the page. Times are read in the page (MutationObserver
// and performance.now()), not by Playwright's polling, which adds up to half a second.

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

/** Pastes `lines` into Examples and waits for the table's last row. */
export async function fillExamples(page, lines, timeout = 120_000) {
  await page.getByRole('textbox', { name: 'Examples', exact: true }).fill(lines.join('\n'));
  await page
    .locator('table[aria-label="Predictions"] tbody tr')
    .nth(lines.length - 1)
    .waitFor({ timeout });
}

/**
 * Edits a field the way typing does (React sees an input event) and resolves with
 * `{ tableMs }`: ms from the edit to the DOM commit that changes the Predictions table's rows.
 */
export function timedEdit(page, label, value, { timeoutMs = 30_000 } = {}) {
  return page.evaluate(
    ({ label, value, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const field = document.querySelector(`[aria-label="${label}"]`);
        const table = document.querySelector('table[aria-label="Predictions"]');
        if (!field || !table) return reject(new Error(`missing ${label} or the table`));
        const rows = () => table.querySelector('tbody')?.textContent ?? '';
        const rowsBefore = rows();
        const observer = new MutationObserver(() => {
          if (rows() === rowsBefore) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve({ tableMs: performance.now() - started });
        });
        observer.observe(table, { subtree: true, childList: true, characterData: true });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no table change after editing ${label}`));
        }, timeoutMs);
        const proto =
          field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
        const started = performance.now();
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { label, value, timeoutMs },
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
