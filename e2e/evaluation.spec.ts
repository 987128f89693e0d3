/**
 * Datasets and evaluation (issue #11): a TSV imported through the file input is evaluated with
 * the real model; the Metrics region's figures, the confusion matrix, both calibrations and the
 * prompt comparison are checked against computations made here, from what the table shows,
 * with code independent of the app's.
 */
import { expect, test, type Playground } from './fixtures';
import type { Page } from '@playwright/test';

// Written for this test (not from any dataset): short reviews with string labels in two cases.
const REVIEWS: Array<[string, string]> = [
  ['A joyful, clever film with a big heart.', 'Positive'],
  ['The worst film I have sat through in years.', 'NEGATIVE'],
  ['Lovely music and a story that stays with you.', 'Positive'],
  ['Boring, long and badly acted.', 'NEGATIVE'],
  ['I smiled all the way home.', 'Positive'],
  ['A lazy script and a silly ending.', 'NEGATIVE'],
  ['Great fun for the whole family.', 'Positive'],
  ['Nothing works in this dull mess.', 'NEGATIVE'],
  ['The actors are superb and the jokes land.', 'Positive'],
  ['An ugly, pointless sequel.', 'NEGATIVE'],
  ['A warm and honest little gem.', 'Positive'],
  ['I fell asleep twice.', 'NEGATIVE'],
  ['Beautiful, sad and wise.', 'Positive'],
  ['The dialogue is painful to hear.', 'NEGATIVE'],
  ['A triumph from start to finish.', 'Positive'],
  ['Terrible pacing and no story at all.', 'NEGATIVE'],
];
const TSV = ['id\tsentence\tlabel', ...REVIEWS.map(([s, l], i) => `${i + 1}\t${s}\t${l}`)].join(
  '\n',
);

interface ShownRow {
  text: string;
  predicted: string;
  probs: number[];
  gold: string;
}

/** Every row of the Predictions table as a person reads it (all rows are in the DOM here). */
async function readTable(app: Playground, classes: string[]): Promise<ShownRow[]> {
  await app.settled();
  const headers = await app.table().getByRole('columnheader').allTextContents();
  const at = classes.map((c) => headers.indexOf(c));
  const gold = headers.indexOf('Gold');
  const cells = await app
    .table()
    .locator('tbody tr[data-index]')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
  return cells.map((row) => ({
    text: row[0] ?? '',
    predicted: row[1] ?? '',
    probs: at.map((c) => Number(row[c])),
    gold: row[gold] ?? '',
  }));
}

/** Accuracy, macro-F1 (scikit-learn's, over classes in gold ∪ predicted) and the confusion matrix. */
function metricsOf(rows: Array<{ gold: string; predicted: string }>, classes: string[]) {
  const labelled = rows.filter((r) => classes.includes(r.gold));
  const confusion = classes.map((g) =>
    classes.map((p) => labelled.filter((r) => r.gold === g && r.predicted === p).length),
  );
  const f1s = classes.flatMap((_, c) => {
    const tp = confusion[c]![c]!;
    const support = confusion[c]!.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[c]!, 0);
    return support + predicted === 0 ? [] : [(2 * tp) / (support + predicted)];
  });
  return {
    accuracy: labelled.filter((r) => r.gold === r.predicted).length / labelled.length,
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    confusion,
  };
}

async function shownMetrics(page: Page) {
  const region = page.getByRole('region', { name: 'Metrics' });
  const read = async (name: string) =>
    Number(await region.locator(`output[aria-label="${name}"]`).textContent());
  const matrix = await region
    .getByRole('table', { name: 'Confusion matrix' })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => Number.parseInt(td.textContent ?? '', 10)),
      ),
    );
  return { accuracy: await read('Accuracy'), macroF1: await read('Macro-F1'), confusion: matrix };
}

function expectMetrics(
  shown: Awaited<ReturnType<typeof shownMetrics>>,
  rows: ShownRow[],
  classes: string[],
) {
  const expected = metricsOf(rows, classes);
  expect(shown.accuracy).toBeCloseTo(expected.accuracy, 3);
  expect(shown.macroF1).toBeCloseTo(expected.macroF1, 3);
  expect(shown.confusion).toEqual(expected.confusion);
}

async function importReviews(app: Playground, page: Page): Promise<void> {
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'reviews.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(TSV),
  });
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByRole('combobox', { name: 'Text column', exact: true })).toHaveValue(
    'sentence',
  );
  await expect(dialog.getByRole('combobox', { name: 'Label column' })).toHaveValue('label');
  // String labels in another case map to the classes of the same name.
  await expect(dialog.getByRole('combobox', { name: 'Class for Positive' })).toHaveValue(
    'class:positive',
  );
  await expect(dialog.getByText('16 rows will be imported, 0 skipped.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('reviews.tsv');
  await expect(app.table().locator('tbody tr[data-index]')).toHaveCount(14 + REVIEWS.length);
}

test('an imported TSV is evaluated: metrics, calibration and comparison match independent computations', async ({
  app,
  page,
}) => {
  const classes = ['positive', 'negative'];
  await app.open();
  await importReviews(app, page);

  // None: the metrics are those of the predictions the table shows.
  const raw = await readTable(app, classes);
  expect(raw.filter((r) => r.gold !== '')).toHaveLength(14 + REVIEWS.length);
  expectMetrics(await shownMetrics(page), raw, classes);

  // Contextual: each row divided by the content-free prior, renormalised.
  const calibration = page.getByRole('combobox', { name: 'Calibration' });
  for (const mode of ['Contextual', 'Batch'] as const) {
    await calibration.selectOption({ label: mode });
    const region = page.getByRole('region', { name: 'Metrics' });
    await expect(region.locator('output[aria-label="Prior positive"]')).toBeVisible();
    const prior = await Promise.all(
      classes.map(async (c) =>
        Number(await region.locator(`output[aria-label="Prior ${c}"]`).textContent()),
      ),
    );
    if (mode === 'Batch') {
      // The batch prior is the mean class probability over the rows, labels unused.
      classes.forEach((_, c) =>
        expect(prior[c]).toBeCloseTo(raw.reduce((a, r) => a + r.probs[c]!, 0) / raw.length, 2),
      );
    }
    const calibrated = await readTable(app, classes);
    // Shown values have 3 decimals: dividing rounded values by a rounded prior near ½ is off by
    // about 2e-3 at most; the prompt's bias moves probabilities by several times that.
    calibrated.forEach((row, i) => {
      const weights = raw[i]!.probs.map((p, c) => p / prior[c]!);
      const total = weights.reduce((a, b) => a + b, 0);
      weights.forEach((w, c) => expect(Math.abs(row.probs[c]! - w / total)).toBeLessThan(0.004));
    });
    const shown = await shownMetrics(page);
    expectMetrics(shown, calibrated, classes);
    // The uncalibrated accuracy stays beside the calibrated one.
    await expect(region.locator('output[aria-label="Uncalibrated"]')).toHaveText(
      metricsOf(raw, classes).accuracy.toFixed(3),
    );
  }
  await calibration.selectOption({ label: 'None' });

  // Three prompts in the comparison, ranked by the accuracies the Metrics region showed.
  const templates = [
    '{text} It was [MASK].',
    '{text} All in all, it was [MASK].',
    'It was [MASK]. {text}',
  ];
  const accuracies: number[] = [];
  for (const template of templates) {
    await app.template().fill(template);
    await app.settled();
    const shown = await shownMetrics(page);
    expectMetrics(shown, await readTable(app, classes), classes);
    accuracies.push(shown.accuracy);
    await page.getByRole('button', { name: 'Add to comparison' }).click();
  }
  const comparison = page.getByRole('table', { name: 'Prompt comparison' });
  await expect(comparison.locator('tbody tr')).toHaveCount(3);
  await comparison.getByRole('button', { name: 'Accuracy' }).click();
  const order = templates
    .map((template, i) => ({ template, accuracy: accuracies[i]! }))
    .sort((a, b) => b.accuracy - a.accuracy); // stable: ties keep the order added
  const rows = comparison.locator('tbody tr');
  for (const [k, expected] of order.entries()) {
    await expect(rows.nth(k)).toContainText(expected.template);
    await expect(rows.nth(k)).toContainText(expected.accuracy.toFixed(3));
  }
  await expect(rows.nth(0)).toContainText('best');
});

test('a malformed file lists its bad rows by line and imports the good ones @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const csv =
    '\uFEFFreview,label\r\n"A warm, funny film.",positive\r\n"Two lines\r\nof praise",positive\r\n' +
    'Dull and slow.,\r\nIt was fine.,maybe\r\n,negative\r\nAwful 😖 سيئ.,negative\r\n"Broken, quote,negative\r\n';
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByText('3 rows will be imported, 4 skipped.')).toBeVisible();
  const skipped = dialog.getByRole('list', { name: 'Skipped rows' });
  await expect(skipped.getByRole('listitem')).toHaveText([
    /^Line 5: empty label/,
    /^Line 6: label not mapped to a class \(maybe\)/,
    /^Line 7: no text/,
    /^Line 9: broken quoting/,
  ]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Dataset' });
  await expect(panel).toContainText('3 rows');
  await expect(panel.getByRole('list', { name: 'Skipped rows' }).getByRole('listitem')).toHaveCount(
    4,
  );
  // Emoji and right-to-left text arrive as typed, rendered as text.
  await expect(app.table()).toContainText('Awful 😖 سيئ.');

  // Pasted rows replace it through the same dialog; Remove empties the panel.
  await panel.getByRole('button', { name: 'Remove dataset' }).click();
  await expect(panel).toContainText('No dataset yet');
  await panel.getByText('Paste rows instead').click();
  await panel
    .getByRole('textbox', { name: 'Pasted rows' })
    .fill('label\ttext\nnegative\tA <b>bold</b> flop.\npositive\tA delight.');
  await panel.getByRole('button', { name: 'Read pasted rows' }).click();
  await expect(dialog.getByText('2 rows will be imported, 0 skipped.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(panel).toContainText('2 rows');
  // Markup in imported text is shown as the characters it is made of.
  await expect(app.table().getByText('A <b>bold</b> flop.')).toBeVisible();
});

test('20,000 imported rows persist across a reload, and their evaluation can be cancelled @wasm-only', async ({
  app,
  page,
}) => {
  test.setTimeout(360_000);
  await app.open();
  const adjectives = [
    'good',
    'bad',
    'fine',
    'dull',
    'bright',
    'grim',
    'warm',
    'cold',
    'fun',
    'sad',
  ];
  const nouns = ['film', 'plot', 'cast', 'score', 'ending', 'script', 'pace', 'set', 'cut', 'tone'];
  const lines = ['text,label'];
  for (let i = 0; i < 20_000; i++)
    lines.push(
      `The ${adjectives[i % 10]} ${nouns[Math.floor(i / 10) % 10]} number ${i}.,${i % 3 === 0 ? 'negative' : 'positive'}`,
    );
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  const dialog = page.getByRole('dialog', { name: 'Import preview' });
  await expect(dialog.getByText('20000 rows will be imported, 0 skipped.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Dataset' });
  await expect(panel).toContainText('20,000 rows');
  const progress = page.getByRole('progressbar', { name: 'Evaluation progress' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel evaluation' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByText(/Evaluation cancelled: \d+ of 20014 rows evaluated/)).toBeVisible();

  await page.reload();
  const restored = page.getByRole('region', { name: 'Dataset' });
  await expect(restored).toContainText('20,000 rows');
  await expect(restored).toContainText('positive: 13,333');
  await expect(restored).toContainText('negative: 6,667');
  // The evaluation starts again on its own (this worker has none of the earlier results).
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel evaluation' }).click();
});
