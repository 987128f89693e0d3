/**
 * Export (issue #13, must-have 5): each panel's "Export" menu answers the keyboard as a menu
 * button does, its CSV files hold what the tables on screen show, and its PNG pictures are real
 * PNG files at least twice the chart's size on screen. The backend plays no role.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

/** Opens the menu "Export <panel>", chooses `item` and returns the downloaded file. */
async function download(page: Page, panel: string, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: `Export ${panel}`, exact: true }).click();
  const started = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  return readFile(await (await started).path());
}

/** A downloaded CSV file's rows (the byte-order mark for spreadsheets removed). */
function csvRows(file: Buffer): string[][] {
  const text = file.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'CSV starts with a byte-order mark').toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

/** The text of every cell of a table as a person reads it, header row first. */
function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}

/** Width and height from a PNG file's header, after checking its signature. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** Checks a chart picture: a PNG at least twice the size the chart has on screen. */
async function expectChartPng(file: Buffer, chart: Locator): Promise<void> {
  // Kept with the report, so a person can look at the pictures.
  await test.info().attach('chart.png', { body: file, contentType: 'image/png' });
  const size = pngSize(file);
  const box = await chart.locator('.recharts-wrapper > svg').boundingBox();
  expect(box).not.toBeNull();
  expect(size.width).toBeGreaterThanOrEqual(2 * Math.floor(box?.width ?? 0));
  // Title and legend come on top of the chart's own height.
  expect(size.height).toBeGreaterThan(2 * Math.floor(box?.height ?? 0));
}

test('the export menu is a keyboard menu button @wasm-only', async ({ app, page }) => {
  await app.open();
  const button = page.getByRole('button', { name: 'Export metrics', exact: true });
  const menu = page.getByRole('menu', { name: 'Export metrics' });
  const items = menu.getByRole('menuitem');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeHidden();

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(items).toHaveText([
    'Download confusion matrix (PNG)',
    'Download confusion matrix (CSV)',
    'Download per-class metrics (CSV)',
    'Download metrics (CSV)',
  ]);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // ArrowUp opens on the last item; Enter on an item downloads it and closes the menu.
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  const started = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await started).suggestedFilename()).toBe('metrics.csv');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('metrics, confusion matrix and predictions: CSV as the tables show them, PNG pictures @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const metrics = page.getByRole('region', { name: 'Metrics' });
  await expect(metrics.getByRole('status', { name: 'Accuracy' })).toHaveText(/^\d\.\d{3}$/);

  const perClass = csvRows(await download(page, 'metrics', 'Download per-class metrics (CSV)'));
  expect(perClass).toEqual(
    await tableCells(metrics.getByRole('table', { name: 'Per-class metrics' })),
  );

  const confusion = csvRows(await download(page, 'metrics', 'Download confusion matrix (CSV)'));
  expect(confusion).toEqual(
    await tableCells(metrics.getByRole('table', { name: 'Confusion matrix' })),
  );
  expect(confusion[0]?.[0]).toBe('Gold ╲ Predicted');

  const matrix = pngSize(await download(page, 'metrics', 'Download confusion matrix (PNG)'));
  expect(matrix.width).toBeGreaterThan(200);
  expect(matrix.height).toBeGreaterThan(200);

  // Predictions: full precision in the file, the table's 3 decimals on screen.
  const predictions = csvRows(await download(page, 'predictions', 'Download predictions (CSV)'));
  const shown = await tableCells(app.table());
  const [header = [], ...rows] = predictions;
  const classes = header.filter((h) => h.startsWith('p(')).map((h) => h.slice(2, -1));
  expect(shown[0]).toEqual(['Text', 'Predicted', ...classes, 'Gold']);
  expect(rows.length).toBe(shown.length - 1);
  const asShown = rows.map(([text = '', gold = '', predicted = '', , ...probs]) => [
    text,
    predicted,
    ...probs.map((p) => Number(p).toFixed(3)),
    gold,
  ]);
  expect(asShown).toEqual(shown.slice(1));

  // The prompt comparison: number, template … difference, as on screen (the number cell also
  // carries the "best" badge, the headers their sort arrows, the last column the row's buttons).
  await page.getByRole('button', { name: 'Add to comparison' }).click();
  const comparison = page.getByRole('table', { name: 'Prompt comparison' });
  await expect(comparison.getByRole('row')).toHaveCount(2);
  const compared = csvRows(
    await download(page, 'prompt comparison', 'Download prompt comparison (CSV)'),
  );
  const comparedOnScreen = (await tableCells(comparison)).map((cells, i) => [
    i === 0 ? (cells[0] ?? '') : (/^\d+/.exec(cells[0] ?? '')?.[0] ?? ''),
    ...cells.slice(1, 7).map((cell) => cell.replace(/[▼▲↕]/g, '').trim()),
  ]);
  expect(compared).toEqual(comparedOnScreen);
  pngSize(await download(page, 'prompt comparison', 'Download comparison chart (PNG)'));

  const chart = page.getByRole('figure', { name: 'Class probabilities per example' });
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expectChartPng(
    await download(page, 'class probabilities', 'Download class probabilities (PNG)'),
    chart,
  );
});

test('training history and learning curve: CSV as the tables show them, PNG pictures @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('3');
  await page.getByRole('button', { name: 'Train' }).click();
  const history = page.getByRole('table', { name: 'Training history' });
  await expect(history.getByRole('row')).toHaveCount(4);
  expect(csvRows(await download(page, 'epoch history', 'Download training history (CSV)'))).toEqual(
    await tableCells(history),
  );
  const historyChart = page.getByRole('figure', { name: 'Loss and accuracy per epoch' });
  await expectChartPng(
    await download(page, 'epoch history', 'Download training history (PNG)'),
    historyChart,
  );

  await page.getByRole('button', { name: 'Run learning curve' }).click();
  const curve = page.getByRole('table', { name: 'Learning curve' });
  await expect(curve.getByRole('row')).toHaveCount(1 + 4 * 2, { timeout: 120_000 });
  expect(csvRows(await download(page, 'learning curve', 'Download learning curve (CSV)'))).toEqual(
    await tableCells(curve),
  );
  await expectChartPng(
    await download(page, 'learning curve', 'Download learning curve (PNG)'),
    page.getByRole('figure', { name: 'Run learning curve' }),
  );
});
