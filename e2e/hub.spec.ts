import { expect, test } from './fixtures';

test('a Hub model from a shared link downloads with progress, then loads from the cache offline', async ({
  app,
  page,
  mirror,
}) => {
  mirror.throttle(200_000);
  await page.goto(app.url(`/?model=cloze-fixtures/bert-tiny-opset14&hub=${mirror.url}&dtype=fp32`));
  const bar = page.getByRole('progressbar', { name: 'Download progress' });
  await expect
    .poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value))
    .toBeGreaterThan(0);
  await expect(page.getByText(/onnx\/model\.onnx: [\d.]+ of 0\.3 MB/)).toBeVisible();
  // transformers.js' own downloads (tokenizer, config) are listed too, with a total.
  await expect(page.getByText(/^tokenizer\.json: /)).toBeVisible();
  await expect(page.getByText(/^Total: [\d.]+ of 0\.3 MB/)).toBeVisible();
  await expect(app.runtime()).toContainText('cloze-fixtures/bert-tiny-opset14', {
    timeout: 150_000,
  });
  await expect(app.runtime()).toContainText(app.backend);
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
  expect(mirror.served).toContain('cloze-fixtures/bert-tiny-opset14/onnx/model.onnx');

  // The mirror is gone: the same link must now be served from the browser's model cache.
  await mirror.close();
  await page.reload();
  await expect(app.runtime()).toContainText('cloze-fixtures/bert-tiny-opset14', {
    timeout: 150_000,
  });
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
  await expect(page.getByText(/Model cache: (0\.[1-9]|[1-9])/)).toBeVisible();
});

test('an unknown Hub id gives a clear error and the previous model keeps working @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  await app.open();
  await app.loadHubModel(mirror.url, 'cloze-fixtures/does-not-exist');
  await expect(page.getByRole('alert')).toContainText(
    'Could not load cloze-fixtures/does-not-exist: no such model',
  );
  await expect(page.getByRole('alert')).toContainText('Still using cloze-lab-en.');
  await expect(app.runtime()).toContainText('cloze-lab-en');
  const before = await app.column('positive');
  await app.labelWords('positive').fill('great, good');
  await expect.poll(() => app.column('positive')).not.toBe(before);
});

test('each broken model gets its own plain-language error, and the bundled model keeps answering @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  await app.open();
  const cases: Array<[string, string]> = [
    ['cloze-fixtures/no-onnx', 'there is no ONNX file for this precision'],
    ['cloze-fixtures/not-a-masked-lm', 'it is not a masked language model'],
    ['cloze-fixtures/corrupt-onnx', 'the ONNX file is damaged or incomplete'],
    ['cloze-fixtures/no-mask-token', 'its tokenizer has no mask token'],
  ];
  for (const [repo, reason] of cases) {
    await app.loadHubModel(mirror.url, repo);
    await expect(page.getByRole('alert')).toContainText(`Could not load ${repo}: ${reason}`);
    await expect(page.getByRole('alert')).toContainText('Still using cloze-lab-en.');
  }
  // With the mirror down, a Hub that cannot be reached reads as such.
  await mirror.close();
  await app.loadHubModel(mirror.url, 'cloze-fixtures/bert-tiny-opset17');
  await expect(page.getByRole('alert')).toContainText('the Hub host could not be reached');
  await expect(app.runtime()).toContainText('cloze-lab-en');
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
});

test('asking for a precision the repository lacks names the ones it has @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  await app.open();
  await app.loadHubModel(mirror.url, 'cloze-fixtures/bert-tiny-opset17');
  await page.getByRole('combobox', { name: 'Precision' }).selectOption('q4');
  await expect(page.getByRole('alert')).toContainText('there is no ONNX file for this precision');
  await expect(page.getByRole('alert')).toContainText('this repository has: fp32');
});

test('a model folder picked from disk loads with no network at all @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('combobox', { name: 'Model' }).selectOption('folder');
  await page.getByRole('combobox', { name: 'Precision' }).selectOption('fp32');
  await page
    .getByLabel('Model folder')
    .setInputFiles('e2e/hub-fixtures/cloze-fixtures/distilbert-tiny');
  await expect(app.runtime()).toContainText('distilbert-tiny', { timeout: 150_000 });
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
});

test('a slow download can be cancelled, and the model cache can be cleared @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  mirror.throttle(30_000);
  await page.goto(app.url(`/?model=cloze-fixtures/bert-tiny-opset17&hub=${mirror.url}&dtype=fp32`));
  await expect(page.getByText(/onnx\/model\.onnx: [\d.]+ of 0\.3 MB/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Could not load cloze-fixtures/bert-tiny-opset17: the download was cancelled.',
  );
  // Nothing else was loaded yet, so the bundled model takes over.
  await expect(app.runtime()).toContainText('cloze-lab-en');
  await page.getByRole('button', { name: 'Clear model cache' }).click();
  await expect(page.getByText('Model cache: 0.0 MB')).toBeVisible();
});

test('a Chinese model scores Chinese label words, one character per token @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  await page.goto(app.url(`/?model=cloze-fixtures/bert-tiny-chinese&hub=${mirror.url}&dtype=fp32`));
  await expect(app.runtime()).toContainText('cloze-fixtures/bert-tiny-chinese', {
    timeout: 150_000,
  });
  await app.template().fill('{text}这部电影很[MASK]。');
  await app.labelWords('positive').fill('好');
  await app.labelWords('negative').fill('差');
  await app.examples().fill('positive\t我很喜欢。\nnegative\t我不喜欢。');
  await expect(app.table().getByRole('row')).toHaveCount(3);
  await expect(page.getByText('好 ✓ one token')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Token preview' })).toContainText('电');
});

test('a shared link without a precision opens a Hub model in q8 when Auto runs it on WASM @wasm-only', async ({
  app,
  page,
  mirror,
}) => {
  // Chromium offers `navigator.gpu` here, but no hardware adapter: Auto runs WASM, where q8 is
  // the default (2.3× faster than fp32 on a BERT-base-sized model). It used to pick fp32.
  app.useAutoBackend();
  await page.goto(app.url(`/?model=cloze-fixtures/bert-tiny-quantized&hub=${mirror.url}`));
  await expect(app.runtime()).toContainText('cloze-fixtures/bert-tiny-quantized · q8', {
    timeout: 150_000,
  });
  await expect(app.runtime()).toContainText('WASM');
  expect(mirror.served).toContain('cloze-fixtures/bert-tiny-quantized/onnx/model_quantized.onnx');
});
