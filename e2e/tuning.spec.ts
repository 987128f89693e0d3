import { expect, test } from './fixtures';

test('training both heads draws the history, changes predictions, and survives a reload', async ({
  app,
  page,
}) => {
  await app.open();
  const zeroShot = await app.table().textContent();
  await page.getByRole('spinbutton', { name: 'Shots per class' }).fill('4');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('20');
  await page.getByRole('button', { name: 'Train' }).click();
  const history = page.getByRole('table', { name: 'Training history' });
  await expect(history.getByRole('row')).toHaveCount(21);
  await expect(page.getByRole('switch', { name: 'Use tuned head' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect.poll(() => app.table().textContent()).not.toBe(zeroShot);
  const metrics = page.getByRole('region', { name: 'Metrics' });
  await expect(metrics.getByRole('status', { name: 'Accuracy' })).toHaveText(/^\d\.\d{3}$/);
  const tuned = await app.table().textContent();

  await page.reload();
  await app.ready();
  await expect(page.getByRole('switch', { name: 'Use tuned head' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect.poll(() => app.table().textContent()).toBe(tuned);

  await page.getByRole('switch', { name: 'Use tuned head' }).uncheck();
  await expect.poll(() => app.table().textContent()).toBe(zeroShot);
});

test('the learning curve runs both heads over k and seeds and draws both curves', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('10');
  await page.getByRole('button', { name: 'Run learning curve' }).click();
  const curve = page.getByRole('table', { name: 'Learning curve' });
  // 14 starter examples, 7 per class: k = 0, 1, 2, 4 fit (one left for evaluation); 8 and 16 do not.
  await expect(curve.getByRole('row')).toHaveCount(1 + 4 * 2, { timeout: 120_000 });
  await expect(page.getByText('Skipped k = 8, 16')).toBeVisible();
  await expect(curve).toContainText('[CLS] head');
});

test('a k the pool cannot serve, or a class without label words, is refused with a clear message @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Shots per class' }).fill('7');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Class “positive” has 7 labelled example(s); k = 7 needs 8',
  );

  await page.getByRole('spinbutton', { name: 'Shots per class' }).fill('2');
  await app.labelWords('negative').fill('');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Fix the template and the label words first: tuning needs inputs the model can score.',
  );
  await expect(page.getByRole('table', { name: 'Training history' })).toHaveCount(0);
});

test('a head exported for another model is refused on import, and the current head stays @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('5');
  await page.getByRole('button', { name: 'Train' }).click();
  const useTuned = page.getByRole('switch', { name: 'Use tuned head' });
  await expect(useTuned).toHaveAttribute('aria-checked', 'true');
  await expect(app.table()).toHaveAttribute('aria-busy', 'false');
  const tuned = await app.table().textContent();
  const foreign = {
    format: 'cloze-lab-head',
    version: 1,
    head: {
      params: [0, 0],
      hidden: 0,
      wordCount: 2,
      model: 'Xenova/bert-base-uncased',
      dtype: 'q8',
      fingerprint: '[]',
      trainIndices: [],
    },
  };
  await page.getByLabel('Import head').setInputFiles({
    name: 'head.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(foreign)),
  });
  await expect(page.getByRole('alert')).toContainText(
    'That head cannot be used here: it was trained on Xenova/bert-base-uncased (q8)',
  );
  // The head trained here is still the one in use.
  await expect(useTuned).toHaveAttribute('aria-checked', 'true');
  await expect(useTuned).toBeEnabled();
  expect(await app.table().textContent()).toBe(tuned);
});
