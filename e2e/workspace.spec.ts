/**
 * Saved state, storage and results that belong to older inputs, driven through the real app:
 * damaged saved fields, a full storage, a render failure, reset with undo, outdated marking.
 */
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Saved state and large inputs do not depend on the backend: they run on Auto, in the wasm project
// only (playwright.config.ts); in the webgpu project Auto would pick WASM too, a second identical run.
test.beforeEach(({ app }) => app.useAutoBackend());

const KEY = 'cloze-lab-workspace';

/** A workspace as version 1 of the app saved it (everything in localStorage). */
const savedV1 = (tuning: unknown) => ({
  version: 1,
  state: {
    template: '{text} All in all it was [MASK].',
    classes: [
      { id: 'positive', name: 'positive', labelWords: 'great' },
      { id: 'negative', name: 'negative', labelWords: 'terrible' },
    ],
    examplesText: 'positive\tA joy.\nnegative\tA bore.',
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    language: 'en',
    modelSource: { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
    hubHost: 'https://huggingface.co',
    tuning,
  },
});

/** Puts `value` (as JSON text) under the saved-workspace key before the app's first script, once. */
async function saveBeforeLoad(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(key, text);
    },
    [KEY, value] as const,
  );
}

for (const [name, history] of [
  ['[null, "x", 3]', [null, 'x', 3]],
  ['[{"epoch":1}]', [{ epoch: 1 }]],
] as const) {
  test(`a saved training history of ${name} drops only the history, with a notice`, async ({
    app,
    page,
  }) => {
    await saveBeforeLoad(page, JSON.stringify(savedV1({ history })));
    await page.goto('/');
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read and was reset' });
    await expect(notice).toContainText('the training history');
    await expect(app.template()).toHaveValue('{text} All in all it was [MASK].');
    await expect(app.examples()).toHaveValue('positive\tA joy.\nnegative\tA bore.');
    await expect(page.getByRole('table', { name: 'Training history' })).toHaveCount(0);
    // Nothing is lost: the raw saved state, damaged part included, can be downloaded.
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download saved state' }).click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    expect(JSON.parse(saved.savedAtStart.localStorage).state.tuning.history).toEqual(history);
    await app.ready();
  });
}

test('null, 42 and [] as the saved value show the same notice as garbage', async ({
  app,
  page,
}) => {
  await app.open();
  for (const value of ['null', '42', '[]', '{"state": {"template": 4']) {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, value] as const);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'Your saved workspace could not be read, so the default workspace was loaded.',
    );
    await expect(app.template()).toHaveValue('{text} It was [MASK].');
  }
});

test('fuzzed saved state never leaves a blank page', async ({ app, page }) => {
  await app.open();
  const field = fc.oneof(fc.jsonValue(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 3 }));
  const state = fc.record(
    {
      template: field,
      classes: fc.oneof(
        field,
        fc.array(fc.record({ id: fc.string(), name: fc.string(), labelWords: field })),
      ),
      examplesText: field,
      selectedIndex: field,
      language: field,
      modelSource: field,
      tuning: fc.record({ history: field, head: field, settings: field }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  const samples = fc.sample(fc.record({ version: field, state }), { numRuns: 6, seed: 9 });
  for (const sample of samples) {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
      KEY,
      JSON.stringify(sample),
    ] as const);
    await page.reload();
    await expect(app.template()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Predictions' })).toBeVisible();
    await expect(page.getByText('Something went wrong while drawing the page')).toHaveCount(0);
  }
});

test('a failure while drawing shows what happened, keeps the saved state, and Reset recovers', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} Truly, it was [MASK].');
  await expect(app.table()).toHaveAttribute('aria-busy', 'false');
  // Break something every table render needs, as a bug would; the next answer redraws the table.
  await page.evaluate(() => {
    const w = window as unknown as { realToFixed: typeof Number.prototype.toFixed };
    w.realToFixed = Number.prototype.toFixed;
    Number.prototype.toFixed = () => {
      throw new Error('toFixed is broken');
    };
  });
  // The next redraw of the table or the chart fails: the answer to this edit, or the chart
  // settling on the last answer first, in which case the box is already gone when this types.
  await app
    .template()
    .fill('{text} Truly, it was [MASK]!', { timeout: 5_000 })
    .catch(() => undefined);
  const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(crash).toContainText('What happened: toFixed is broken');
  const download = page.waitForEvent('download');
  await crash.getByRole('button', { name: 'Download saved state' }).click();
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(saved.workspaceNow.state.template).toMatch(/^\{text\} Truly, it was \[MASK\]/);

  await page.evaluate(() => {
    const w = window as unknown as { realToFixed: typeof Number.prototype.toFixed };
    Number.prototype.toFixed = w.realToFixed;
  });
  await crash.getByRole('button', { name: 'Reset workspace' }).click();
  await expect(app.template()).toHaveValue('{text} It was [MASK].');
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(app.template()).toHaveValue(saved.workspaceNow.state.template);
});

test('when the browser refuses to save, the app says so and keeps working', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'cloze-lab-workspace') throw full();
      return setItem.call(this, key, value);
    };
    IDBObjectStore.prototype.put = () => {
      throw full();
    };
  });
  await app.open();
  const before = await app.column('positive');
  await app.template().fill('{text} In short, it was [MASK].');
  await expect(page.getByRole('alert')).toContainText(
    'Your changes are not being saved: the browser’s storage for this app is full.',
  );
  await expect.poll(() => app.column('positive')).not.toBe(before);
  await app.labelWords('positive').fill('great, good');
  await expect(app.template()).toHaveValue('{text} In short, it was [MASK].');
  await expect(page.getByRole('alert')).toContainText('not being saved');
});

test('Reset workspace asks first, can be undone, and edits survive a reload', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} Overall, [MASK].');
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset workspace?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.template()).toHaveValue('{text} Overall, [MASK].');

  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(app.template()).toHaveValue('{text} It was [MASK].');
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(app.template()).toHaveValue('{text} Overall, [MASK].');
  await expect(page.getByRole('button', { name: 'Undo reset' })).toHaveCount(0);

  // Many examples live in IndexedDB; a reload right after typing must not lose them.
  const many = Array.from({ length: 300 }, (_, i) => `positive\tExample number ${i}.`).join('\n');
  await app.examples().fill(many);
  await page.reload();
  await expect(app.examples()).toHaveValue(many);
  await expect(app.template()).toHaveValue('{text} Overall, [MASK].');
});

test('while a prediction for new inputs is pending, the older results are marked outdated', async ({
  app,
  page,
}) => {
  await app.open();
  // Many distinct examples make every template edit a long model run.
  const words = ['calm', 'loud', 'bright', 'slow', 'odd', 'warm', 'pale', 'sharp', 'soft', 'dry'];
  const lines = Array.from(
    { length: 1500 },
    (_, i) =>
      `${i % 2 ? 'positive' : 'negative'}\tA ${words[i % 10]} ${words[(i * 7) % 10]} film, take ${i}.`,
  );
  await app.examples().fill(lines.join('\n'));
  await expect(app.table()).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 });
  const first = await app.column('positive');

  await app.template().fill('{text} Looking back, it was [MASK].');
  await expect(app.table()).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('region', { name: 'Metrics' })).toHaveAttribute('aria-busy', 'true');
  // "Updating: the results below are for your previous inputs." until the first rows arrive, then
  // "Updating: N of 1500 rows are for your current inputs; …" while they fill in.
  await expect(page.getByText(/^Updating: /)).toBeVisible();
  await expect(app.table()).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 });
  await expect(page.getByText(/^Updating: /)).toHaveCount(0);
  expect(await app.column('positive')).not.toBe(first);
});

test('training results say what they were trained on, are marked when that changes, and an interrupted run says so', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('10');
  await page.getByRole('button', { name: 'Train' }).click();
  const history = page.getByRole('table', { name: 'Training history' });
  await expect(history.getByRole('row')).toHaveCount(11);
  await expect(
    page.getByText(/For cloze-lab-en \(fp32\) · template “\{text\} It was \[MASK\]\.”/),
  ).toBeVisible();
  const otherInputs = page.getByText('These results belong to other inputs');
  await expect(otherInputs).toHaveCount(0);
  await app.labelWords('positive').fill('great, good');
  await expect(otherInputs).toBeVisible();
  await app.labelWords('positive').fill('great');
  await expect(otherInputs).toHaveCount(0);

  // The most epochs a run may have: long enough to still be running at the reload.
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1000');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
  await expect.poll(() => history.getByRole('row').count()).toBeGreaterThan(3);
  await page.reload();
  await app.ready();
  await expect(page.getByText(/This run was interrupted after epoch \d+/)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Use tuned head' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});
