/**
 * The Chinese demo (issue #15): a first visit in a Chinese browser opens on Chinese reviews with
 * the bundled cloze-lab-zh; the English model says what it cannot read; switching the UI
 * language only offers the other demo, and accepting it can be undone.
 */
import { expect, test } from './fixtures';

const ZH_TEMPLATE = '{text}总之，很[MASK]。';

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('opens on the Chinese demo with cloze-lab-zh, and tells the reviews apart', async ({
    app,
    page,
  }) => {
    await app.open('/', 'cloze-lab-zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(app.template()).toHaveValue(ZH_TEMPLATE);
    await expect(app.labelWords('正面')).toHaveValue('好, 棒');
    await expect(app.labelWords('负面')).toHaveValue('差, 烂');
    await expect(
      page.getByText('本项目离线训练的 2 层小型中文 BERT', { exact: false }),
    ).toBeVisible();
    // Every label word is one token of this model, and nothing is read as [UNK].
    await expect(page.locator('.chip.flagged')).toHaveCount(0);
    await expect(page.locator('.unknown-tokens')).toHaveCount(0);

    const rows = app.table().locator('tbody tr');
    await expect(rows).toHaveCount(14);
    // The English model gave Chinese rows of one length the same figures (all [UNK]); these differ.
    const positive = (await app.column('正面')).split(',');
    expect(new Set(positive).size).toBeGreaterThanOrEqual(10);
    // The torch checkpoint (tools/model, independent of the app) gets 13 of the 14 demo rows right:
    // all but 说是新的，打开一看全是划痕。, which it reads as 正面 (0.97).
    await expect(page.getByText(/有标签例句上的准确率.*14 个中对 13 个/)).toBeVisible();
  });
});

test('the English model flags Chinese text, and a language switch only offers the demo @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const englishTemplate = await app.template().inputValue();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  // Offered, not put in: the workspace and the model stay.
  await expect(page.getByRole('button', { name: '打开中文示例' })).toBeVisible();
  await expect(app.template()).toHaveValue(englishTemplate);
  await page.getByRole('button', { name: '保留我的工作区' }).click();
  await expect(page.getByRole('button', { name: '打开中文示例' })).toHaveCount(0);

  // Chinese text on cloze-lab-en: said next to the template and the examples.
  await app.template().fill(ZH_TEMPLATE);
  await app.examples().fill('正面\t房间很干净，服务员也很热情。\n负面\t菜又贵又难吃。');
  await app.settled();
  await expect(page.locator('.template-panel .unknown-tokens')).toContainText('[UNK]');
  await expect(page.locator('.unknown-tokens').nth(1)).toContainText('2 行中 2 行');

  // Back to English and again to Chinese: this time the demo goes in, and comes back out.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await page.getByRole('button', { name: 'Keep my workspace' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('button', { name: '打开中文示例' }).click();
  await app.ready('cloze-lab-zh');
  await expect(app.examples()).toHaveValue(
    /房间很干净，服务员也很热情。\n负面\t菜又贵又难吃，还等了一个小时。/,
  );
  await expect(page.locator('.unknown-tokens')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore previous workspace' }).click();
  await app.ready('cloze-lab-en');
  await expect(app.template()).toHaveValue(ZH_TEMPLATE);
  await expect(app.examples()).toHaveValue(
    '正面\t房间很干净，服务员也很热情。\n负面\t菜又贵又难吃。',
  );
});

test('a template preset puts its template and label words in @wasm-only', async ({ app, page }) => {
  await app.open('/', 'cloze-lab-en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('button', { name: '打开中文示例' }).click();
  await app.ready('cloze-lab-zh');
  await page.getByRole('combobox', { name: '模板预设' }).selectOption({ index: 2 });
  await expect(app.template()).toHaveValue('[MASK]满意。{text}');
  await expect(app.labelWords('正面')).toHaveValue('很');
  await expect(app.labelWords('负面')).toHaveValue('不');
  await app.settled();
  await expect(app.table().locator('tbody tr')).toHaveCount(14);
});
