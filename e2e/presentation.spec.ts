/**
 * The projector view (issue #13, must-have 3): with `?present=1` or the "Presentation" switch, a
 * 1366×768 screen shows the template, the label words, the class-probability chart and the
 * table's first rows without scrolling, in type a room can read, without developer statistics;
 * the chart's classes come in the table's order and colours. The normal view at 1920×1080 has
 * the chart above the fold. Layout does not depend on the backend: WASM only.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Playground } from './fixtures';

const PROJECTOR = { width: 1366, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };
const TABLE_ROWS_ON_SCREEN = 3;

const chart = (page: Page) => page.getByRole('figure', { name: 'Class probabilities per example' });
const presentationSwitch = (page: Page) => page.getByRole('switch', { name: 'Presentation' });

/** Waits until the chart's bars (a lazily loaded chunk) are drawn. */
async function barsDrawn(page: Page): Promise<void> {
  await expect(chart(page).locator('.recharts-bar-rectangle').first()).toBeVisible();
}

/** Fails unless `locator`'s whole box lies inside the viewport. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  expect(box, `${what} has a box`).not.toBeNull();
  expect(view).not.toBeNull();
  if (!box || !view) return;
  const inside =
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= view.width &&
    box.y + box.height <= view.height;
  expect(inside, `${what} at ${JSON.stringify(box)} inside ${JSON.stringify(view)}`).toBe(true);
}

/** The projector's one screen: everything the class must see, with the page not scrolled. */
async function expectProjectorScreen(app: Playground, page: Page): Promise<void> {
  await barsDrawn(page);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? -1)).toBe(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectOnScreen(page, app.template(), 'the template');
  await expectOnScreen(page, app.labelWords('positive'), 'the label words of positive');
  await expectOnScreen(page, app.labelWords('negative'), 'the label words of negative');
  await expectOnScreen(page, chart(page), 'the chart');
  const rows = app.table().locator('tbody tr[data-index]');
  for (let r = 0; r < TABLE_ROWS_ON_SCREEN; r++)
    await expectOnScreen(page, rows.nth(r), `table row ${r + 1}`);

  const px = (value: string) => Number.parseFloat(value);
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  expect(px(bodyFont)).toBeGreaterThanOrEqual(20);
  const tickFonts = await chart(page)
    .locator('.recharts-cartesian-axis-tick-value')
    .evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fontSize));
  expect(tickFonts.length).toBeGreaterThan(0);
  for (const size of tickFonts) expect(px(size)).toBeGreaterThanOrEqual(16);

  // Developer statistics: the last update's runs, cache hits and timings, the model cache size,
  // the backend choice and the runtime line (backend, threads, dtype), the model card.
  await expect(page.getByText(/model run|模型运行/)).toBeHidden();
  await expect(page.getByText(/Model cache:|模型缓存：/)).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Backend' })).toBeHidden();
  await expect(page.locator('.model-card')).toBeHidden();
  const runtime = await app.runtime().boundingBox();
  expect(runtime?.width ?? 0, 'the runtime line is not shown').toBeLessThanOrEqual(1);
}

/** Normalises any CSS colour to the browser's computed `rgb(...)` form. */
function rgb(page: Page, colour: string): Promise<string> {
  return page.evaluate((c) => {
    const probe = document.createElement('span');
    probe.style.color = c;
    document.body.append(probe);
    const out = getComputedStyle(probe).color;
    probe.remove();
    return out;
  }, colour);
}

test.describe('projector view at 1366×768 @wasm-only', () => {
  test.use({ viewport: PROJECTOR });

  test('?present=1 shows template, label words, chart and first rows on one screen @wasm-only', async ({
    app,
    page,
  }) => {
    await app.open('/?present=1');
    await expect(presentationSwitch(page)).toBeChecked();
    await expectProjectorScreen(app, page);
  });

  test('the switch turns it on, a reload keeps it, and turning it off restores the normal view @wasm-only', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(presentationSwitch(page)).not.toBeChecked();
    await expect(page.getByText(/model run/)).toBeVisible();
    await presentationSwitch(page).check();
    await expect(presentationSwitch(page)).toHaveAttribute('aria-checked', 'true');
    await expectProjectorScreen(app, page);

    // A view preference of this screen: a reload in the middle of a lesson keeps it.
    await page.reload();
    await app.ready();
    await expect(presentationSwitch(page)).toBeChecked();
    await expectProjectorScreen(app, page);

    await presentationSwitch(page).uncheck();
    await expect(presentationSwitch(page)).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByText(/model run/)).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
  });

  test('switched off in a ?present=1 page, a reload stays off @wasm-only', async ({
    app,
    page,
  }) => {
    await app.open('/?present=1');
    await presentationSwitch(page).uncheck();
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    await page.reload();
    await app.ready();
    await expect(presentationSwitch(page)).not.toBeChecked();
  });

  test('the Chinese UI fits the same screen, with the switch still named Presentation @wasm-only', async ({
    app,
    page,
  }) => {
    await app.open('/?present=1');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    // The switch offers the Chinese demo; the teacher keeps the workspace on the projector.
    await page.getByRole('button', { name: '保留我的工作区' }).click();
    await expect(page.locator('.presentation-switch')).toContainText('投影模式');
    await expect(presentationSwitch(page)).toBeChecked();
    await expectProjectorScreen(app, page);
  });

  test('the chart lists and colours the classes as the table does @wasm-only', async ({
    app,
    page,
  }) => {
    await app.open('/?present=1');
    // A third class, so an order that only happens to match for two cannot pass. Its word is a
    // likely one at the mask, so its segments are wide enough to be drawn in most bars.
    await page.getByRole('button', { name: 'Add class' }).click();
    const names = page.locator('.class-name');
    await names.nth(2).fill('neutral');
    await app.labelWords('neutral').fill('good');
    await expect(app.table().getByRole('columnheader', { name: 'neutral' })).toBeVisible();
    await app.settled();
    await expect(chart(page).locator('.recharts-legend-item')).toHaveCount(3);
    await barsDrawn(page);

    const headers = app.table().locator('thead th:has(.swatch)');
    const tableClasses = (await headers.allTextContents()).map((t) => t.trim());
    expect(tableClasses).toEqual(['positive', 'negative', 'neutral']);
    const tableColours = await headers
      .locator('.swatch')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));

    const legend = chart(page).locator('.recharts-legend-item');
    expect((await legend.allTextContents()).map((t) => t.trim())).toEqual(tableClasses);
    const legendColours = await legend
      .locator('.recharts-surface path, .recharts-surface rect')
      .evaluateAll((shapes) => shapes.map((s) => getComputedStyle(s).fill));
    expect(await Promise.all(legendColours.map((c) => rgb(page, c)))).toEqual(tableColours);

    // One bar series per class, in class order and colour; within each bar, the segments run
    // left to right in the table's column order.
    const series = chart(page).locator('.recharts-bar');
    await expect(series).toHaveCount(3);
    const segments = await series.evaluateAll((groups) =>
      groups.map((g) =>
        [...g.querySelectorAll('path.recharts-rectangle')].map((p) => ({
          fill: getComputedStyle(p).fill,
          x: Number(p.getAttribute('x')),
          y: Number(p.getAttribute('y')),
        })),
      ),
    );
    for (const [c, shapes] of segments.entries()) {
      expect(shapes.length, `bars drawn for class ${c + 1}`).toBeGreaterThan(0);
      const fills = new Set(await Promise.all(shapes.map((s) => rgb(page, s.fill))));
      expect([...fills]).toEqual([tableColours[c]]);
    }
    const rowsOfAll = (segments[0] ?? [])
      .map((s) => s.y)
      .filter((y) => segments.every((shapes) => shapes.some((s) => s.y === y)));
    expect(rowsOfAll.length, 'bars with all three classes drawn').toBeGreaterThan(0);
    for (const y of rowsOfAll) {
      const xs = segments.map((shapes) => shapes.find((s) => s.y === y)?.x ?? Number.NaN);
      expect(xs, `segments of the bar at y=${y}`).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});

test.describe('normal view at 1920×1080 @wasm-only', () => {
  test.use({ viewport: FULL_HD });

  test('the chart is above the fold @wasm-only', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    await barsDrawn(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectOnScreen(page, chart(page), 'the chart');
  });
});
