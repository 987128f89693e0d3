/**
 * Responsive with many examples (issue #10): a burst of template edits costs about one run, not
 * one per edit, and ends with the table a fresh run gives for the last template; while a
 * prediction runs, rows fill in (the selected and visible ones first) and the table says how
 * many are current. The worker's counters come from the test hook `window.__clozeLabDebug`.
 * Chunking and supersession live in the worker's queue, not in a backend: WASM only.
 */
import type { Page } from '@playwright/test';
import type { PredictCounters } from '../src/runtime/protocol';
import { expect, paste, test, type Playground } from './fixtures';

const MANY = 2000;
const manyExamples = Array.from(
  { length: MANY },
  (_, i) =>
    `${i % 2 ? 'negative' : 'positive'}\tReview ${i}: the ${i % 3 ? 'plot' : 'acting'} was ${i % 5 ? 'quite' : 'rather'} something${'!'.repeat(i % 4)}.`,
).join('\n');

const BURST = [
  '{text} Overall it was [MASK].',
  '{text} In short, it was [MASK].',
  '{text} All in all it was [MASK].',
  '{text} To sum up, it was [MASK].',
  '{text} Honestly, it was [MASK].',
];

function counters(page: Page): Promise<PredictCounters> {
  return page.evaluate(async () => {
    const read = await window.__clozeLabDebug?.predictCounters();
    if (!read) throw new Error('no prediction counters');
    return read;
  });
}

/** Types `values` into the Template box one after another, `gapMs` apart, as input events. */
function editBurst(page: Page, values: string[], gapMs: number): Promise<void> {
  return page.evaluate(
    async ({ values, gapMs }) => {
      const box = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Template"]');
      if (!box) throw new Error('no Template box');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      for (const [k, value] of values.entries()) {
        if (k > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
        setValue?.call(box, value);
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
    },
    { values, gapMs },
  );
}

/** The text of the first `n` rows of the Predictions table (text, prediction, probabilities). */
function firstRows(page: Page, n: number): Promise<string[]> {
  return page.evaluate(
    (n) =>
      [...document.querySelectorAll('table[aria-label="Predictions"] tbody tr[data-index]')]
        .slice(0, n)
        .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent).join(' | ')),
    n,
  );
}

async function openWithMany(app: Playground, page: Page): Promise<void> {
  await app.open();
  await paste(page, 'textarea[aria-label="Examples"]', manyExamples);
  const table = app.table();
  await expect(table.getByRole('button', { name: /^Review 0:/ })).toBeVisible({ timeout: 300_000 });
  await expect(table).toHaveAttribute('aria-busy', 'false', { timeout: 300_000 });
}

test('rows fill in as chunks finish, selected first, and a burst of edits costs about one run @wasm-only', async ({
  app,
  page,
}) => {
  // One paste of 2,000 examples serves both checks: it is the slow part.
  test.setTimeout(600_000);
  await openWithMany(app, page);

  await test.step('rows fill in, the selected one first, and the table counts the current ones', async () => {
    const table = app.table();
    await table.getByRole('button', { name: /^Review 7:/ }).click();
    await expect(table.locator('tr[data-index="7"]')).toHaveAttribute('aria-current', 'true');

    // Watch the table from inside the page: the first moment some rows are current and some not.
    await page.evaluate(() => {
      const w = window as unknown as { firstPartial?: Record<string, unknown> };
      const tableEl = document.querySelector('table[aria-label="Predictions"]');
      if (!tableEl) throw new Error('no table');
      const observer = new MutationObserver(() => {
        const rows = [...tableEl.querySelectorAll('tbody tr[data-index]')];
        const current = rows.filter((r) => r.getAttribute('data-current') === 'true');
        if (current.length === 0 || current.length === rows.length) return;
        const progress = document.querySelector('progress[aria-label="Rows current"]');
        w.firstPartial = {
          busy: tableEl.getAttribute('aria-busy'),
          selectedCurrent: tableEl
            .querySelector('tr[aria-current="true"]')
            ?.getAttribute('data-current'),
          progressValue: progress?.getAttribute('value'),
          progressMax: progress?.getAttribute('max'),
        };
        observer.disconnect();
      });
      observer.observe(tableEl, { subtree: true, attributes: true, childList: true });
    });
    await page
      .getByRole('textbox', { name: 'Template', exact: true })
      .fill('{text} Looking back, it was [MASK].');
    await expect(table).toHaveAttribute('aria-busy', 'false', { timeout: 300_000 });
    const partial = await page.evaluate(
      () => (window as unknown as { firstPartial?: Record<string, unknown> }).firstPartial,
    );
    expect(partial).toBeDefined();
    expect(partial?.busy).toBe('true');
    expect(partial?.selectedCurrent).toBe('true');
    expect(Number(partial?.progressMax)).toBe(MANY);
    expect(Number(partial?.progressValue)).toBeGreaterThan(0);
    expect(Number(partial?.progressValue)).toBeLessThan(MANY);
    // Once done, every row is current and the count is gone.
    await expect(table.locator('tbody tr[data-current="false"]')).toHaveCount(0);
    await expect(page.getByRole('progressbar', { name: 'Rows current' })).toHaveCount(0);
  });

  await test.step('a burst of template edits ends with the last template’s table', async () => {
    const before = await counters(page);

    await editBurst(page, BURST, 150);
    const table = app.table();
    await expect(table).toHaveAttribute('aria-busy', 'false', { timeout: 300_000 });
    await expect(page.getByRole('textbox', { name: 'Template', exact: true })).toHaveValue(
      BURST.at(-1) ?? '',
    );
    const after = await counters(page);
    const delta = {
      requests: after.requests - before.requests,
      superseded: after.superseded - before.superseded,
      completed: after.completed - before.completed,
      sequencesRun: after.sequencesRun - before.sequencesRun,
    };
    console.log(`burst of ${BURST.length} edits on ${MANY} examples: ${JSON.stringify(delta)}`);
    // Every edit asked once; the older ones gave way, only the last ran to the end.
    expect(delta.requests).toBe(BURST.length);
    expect(delta.superseded).toBeGreaterThan(0);
    expect(delta.completed + delta.superseded).toBe(BURST.length);
    // Five full runs would be 5 × 2,000 sequences; one run plus the chunks cut short is far less.
    expect(delta.sequencesRun).toBeGreaterThanOrEqual(MANY);
    expect(delta.sequencesRun).toBeLessThan(2 * MANY);
    // "What the model sees" shows the selected example under the last template.
    await expect(page.getByRole('list', { name: 'Token preview' })).toContainText('honestly');

    // The table equals what a fresh worker computes for the last template (after a reload).
    const burstRows = await firstRows(page, 12);
    await page.reload();
    await app.ready();
    await expect(table).toHaveAttribute('aria-busy', 'false', { timeout: 300_000 });
    await expect(page.getByRole('textbox', { name: 'Template', exact: true })).toHaveValue(
      BURST.at(-1) ?? '',
    );
    expect(await firstRows(page, 12)).toEqual(burstRows);
    expect(burstRows).toHaveLength(12);
  });
});
