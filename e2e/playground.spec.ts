import { expect, test } from './fixtures';

test('the Runtime status names the backend, model and dtype', async ({ app }) => {
  await app.open();
  const status = (await app.runtime().textContent()) ?? '';
  if (app.backend === 'WASM') expect(status).toMatch(/WASM \(\d+ threads?\)/);
  else expect(status).toContain('WebGPU');
});

test('typing a template updates the table, and a label-word edit changes the probabilities', async ({
  app,
  page,
}) => {
  await app.open();
  const before = await app.column('positive');

  await app.template().fill('{text} In short, the film was [MASK].');
  await expect.poll(() => app.column('positive')).not.toBe(before);
  await expect(page.getByRole('list', { name: 'Token preview' })).toContainText('short');
  const afterTemplate = await app.column('positive');

  await app.labelWords('positive').fill('great, good');
  await expect.poll(() => app.column('positive')).not.toBe(afterTemplate);
  await expect(page.getByText('good', { exact: true }).first()).toBeVisible();
});

test('an invalid template shows an error and keeps the last results @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const before = await app.probability(2, 'negative');

  await app.template().fill('The film was [MASK].');
  await expect(page.getByText('Add {text} where the example should go.')).toBeVisible();
  await expect(page.getByText('Showing the last valid results')).toBeVisible();
  expect(await app.probability(2, 'negative')).toBe(before);

  await app.template().fill('{text} It was [MASK] and [MASK].');
  await expect(page.getByText('Use [MASK] only once (2 found).')).toBeVisible();
  expect(await app.probability(2, 'negative')).toBe(before);
});

test('a reload restores template, classes, examples and selection @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} Overall it was [MASK].');
  await app.labelWords('negative').fill('terrible, bad');
  await page.getByRole('button', { name: 'Add class' }).click();
  await page.getByRole('textbox', { name: 'Class name 3' }).fill('neutral');
  await app.labelWords('neutral').fill('okay');
  await app
    .examples()
    .fill('positive\tWhat a joy.\nnegative\tA dull film.\nneutral\tIt was a film.');
  await app.table().getByRole('button', { name: 'A dull film.' }).click();
  await expect(app.table().getByRole('row').nth(2)).toHaveAttribute('aria-current', 'true');
  const shown = await app.probability(1, 'neutral');

  await page.reload();
  await app.ready();
  await expect(app.template()).toHaveValue('{text} Overall it was [MASK].');
  await expect(app.labelWords('negative')).toHaveValue('terrible, bad');
  await expect(app.labelWords('neutral')).toHaveValue('okay');
  await expect(app.examples()).toHaveValue(
    'positive\tWhat a joy.\nnegative\tA dull film.\nneutral\tIt was a film.',
  );
  await expect(app.table().getByRole('row').nth(2)).toHaveAttribute('aria-current', 'true');
  expect(await app.probability(1, 'neutral')).toBe(shown);

  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await page
    .getByRole('dialog', { name: 'Reset workspace?' })
    .getByRole('button', { name: 'Reset' })
    .click();
  await expect(app.template()).toHaveValue('{text} It was [MASK].');
});

test('the Chinese UI renders and survives a reload @wasm-only', async ({ app, page }) => {
  await app.open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('heading', { name: '模板', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加类别' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.template().fill('{text}');
  await expect(page.getByText('请加入 [MASK]：模型需要一个要填的位置。')).toBeVisible();
  await app.template().fill('{text} 总之，[MASK]。');
  await expect(page.getByText('请加入 [MASK]：模型需要一个要填的位置。')).toBeHidden();
  await page.reload();
  await app.ready();
  await expect(page.getByRole('heading', { name: '模板', exact: true })).toBeVisible();
});

test('corrupted saved state is replaced by the defaults with a notice @wasm-only', async ({
  app,
  page,
}) => {
  // Corrupt the saved workspace before the app's first script runs, once.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted')) return;
    sessionStorage.setItem('corrupted', 'yes');
    localStorage.setItem('cloze-lab-workspace', '{"state": {"template": 42');
  });
  await page.goto(app.url('/'));
  await expect(page.getByText('Your saved workspace could not be read')).toBeVisible();
  await app.ready();
  await expect(app.template()).toHaveValue('{text} It was [MASK].');
});

test('asking for WebGPU without an adapter falls back to WASM with a visible notice', async ({
  app,
  page,
}) => {
  await page.goto('/?backend=webgpu');
  if (app.backend === 'WASM') {
    // This project's Chromium runs without --enable-unsafe-webgpu, so it has no adapter.
    await expect(app.runtime()).toContainText('WASM', { timeout: 150_000 });
    await expect(page.getByRole('alert')).toContainText('WebGPU could not run this model');
  } else {
    await expect(app.runtime()).toContainText('WebGPU', { timeout: 150_000 });
    await expect(page.getByText('WebGPU could not run this model')).toHaveCount(0);
  }
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
});

test("ORT's asyncify build, for browsers without JSPI, gives the same predictions", async ({
  app,
  page,
}) => {
  // This Chromium has JSPI, so the app loads ORT's JSPI build; ?ort=asyncify forces the build
  // that browsers without it get. Which one ran is read off the WebAssembly file fetched.
  const wasmFetched = () =>
    page.waitForRequest(/ort-wasm-simd-threaded\.(jspi|asyncify)-[\w-]+\.wasm$/);
  let fetched = wasmFetched();
  await app.open();
  expect((await fetched).url()).toContain('.jspi-');
  const jspi = await app.column('positive');

  fetched = wasmFetched();
  await app.open('/?ort=asyncify');
  expect((await fetched).url()).toContain('.asyncify-');
  expect(await app.column('positive')).toBe(jspi);
});
