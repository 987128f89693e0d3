/**
 * The model picker: every model this app serves (public/models/index.json) is offered and loads,
 * a folder that fails for one precision loads when the precision changes, and the file inputs
 * speak the UI's language.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const served = (
  JSON.parse(readFileSync('public/models/index.json', 'utf8')) as { models: { name: string }[] }
).models.map((m) => m.name);

test('the Model select offers every model in public/models/index.json; cloze-mini loads @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const picker = page.getByRole('combobox', { name: 'Model' });
  expect(served).toContain('cloze-mini');
  for (const name of served) await expect(picker.getByRole('option', { name })).toHaveCount(1);

  const label = await picker.getByRole('option', { name: 'cloze-mini' }).textContent();
  await picker.selectOption({ label: label ?? '' });
  await expect(app.runtime()).toContainText('cloze-mini', { timeout: 150_000 });
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
});

test('a model folder that fails for one precision loads after switching to another @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('combobox', { name: 'Model' }).selectOption('folder');
  const precision = page.getByRole('combobox', { name: 'Precision' });
  // public/models/cloze-mini has only onnx/model.onnx (fp32): q8 cannot load.
  await precision.selectOption('q8');
  await page.getByLabel('Model folder').setInputFiles('public/models/cloze-mini');
  await expect(page.getByRole('alert')).toContainText('Could not load cloze-mini', {
    timeout: 150_000,
  });
  await expect(app.runtime()).toContainText('cloze-lab-en');

  await precision.selectOption('fp32');
  await expect(app.runtime()).toContainText('cloze-mini', { timeout: 150_000 });
  await expect(app.runtime()).toContainText('fp32');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveCount(0);
});

test("in the Chinese UI the file inputs' visible text is Chinese @wasm-only", async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('combobox', { name: 'Model' }).selectOption('folder');
  await page.getByRole('combobox', { name: 'Precision' }).selectOption('fp32');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');

  // The browser's own "Choose File / No file chosen" (English here) is not what a person sees.
  for (const name of ['Model folder', 'Import head']) {
    const box = await page.getByLabel(name, { exact: true }).boundingBox();
    expect(box?.width ?? 0, `${name}: the native control is hidden`).toBeLessThanOrEqual(1);
  }
  await expect(page.getByText('选择文件夹…')).toBeVisible();
  await expect(page.getByText('未选择文件夹')).toBeVisible();
  await expect(page.getByText('导入头')).toBeVisible();
  await expect(page.getByText('未选择文件', { exact: true })).toBeVisible();

  await page.getByLabel('Model folder', { exact: true }).setInputFiles('public/models/cloze-mini');
  await expect(page.getByText(/^cloze-mini（\d+ 个文件）$/)).toBeVisible();
  await expect(app.runtime()).toContainText('cloze-mini', { timeout: 150_000 });
});
