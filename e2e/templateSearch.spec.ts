/**
 * "Suggest templates" (issue #12): on the default workspace's labelled examples the table
 * "Template suggestions" is sorted by accuracy, its top figures match an independent scorer run
 * here in Node on the same model files, and "Use template 1" puts the best template in the box.
 */
import { expect, test } from './fixtures';
import { loadIndependentScorer } from './support/independentScorer';

test('ranks library templates by accuracy, as an independent scorer counts them, and adopts one', async ({
  app,
}) => {
  await app.open();
  const page = app.page;

  // What the test scores: the labelled lines of the Examples box and the label words on screen.
  const rows = (await app.examples().inputValue())
    .split('\n')
    .map((line) => line.split('\t'))
    .flatMap(([gold, text]) => (gold && text ? [{ gold: gold.trim(), text: text.trim() }] : []));
  const classes = await Promise.all(
    ['positive', 'negative'].map(async (name) => ({
      name,
      words: (await app.labelWords(name).inputValue()).split(',').map((w) => w.trim()),
    })),
  );
  expect(rows.length).toBeGreaterThan(0);

  // One task's templates keep the test short: WebGPU here is SwiftShader, and each template's new
  // sequence lengths cost it shader work.
  test.slow(app.backend === 'WebGPU');
  await page.getByRole('combobox', { name: 'Template task' }).selectOption('sentiment');
  await page.getByRole('button', { name: 'Suggest templates' }).click();
  await expect(page.getByRole('progressbar', { name: 'Template search progress' })).toHaveCount(0, {
    timeout: app.backend === 'WebGPU' ? 420_000 : 120_000,
  });
  const done = page.getByText(/Ranked \d+ templates on \d+ rows in [\d.]+ s\./);
  await expect(done).toBeVisible();
  const timing = await done.innerText();
  test.info().annotations.push({ type: 'template search', description: timing });
  console.log(timing);

  const table = page.getByRole('table', { name: 'Template suggestions' });
  const bodyRows = table.locator('tbody tr');
  const count = await bodyRows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const shown = [];
  for (let i = 0; i < count; i++) {
    const row = bodyRows.nth(i);
    shown.push({
      template: await row.getByRole('rowheader').innerText(),
      accuracy: await row.getByRole('cell').first().innerText(),
    });
  }
  for (const s of shown) expect(s.accuracy).toMatch(/^\d\.\d{3}$/);
  const accuracies = shown.map((s) => Number(s.accuracy));
  expect(accuracies).toEqual([...accuracies].sort((a, b) => b - a));

  const scorer = await loadIndependentScorer();
  for (const { template, accuracy } of shown.slice(0, 3))
    expect(accuracy, template).toBe((await scorer.accuracy(template, rows, classes)).toFixed(3));

  const best = shown[0]?.template ?? '';
  await page.getByRole('button', { name: 'Use template 1', exact: true }).click();
  await expect(app.template()).toHaveValue(best);
});
