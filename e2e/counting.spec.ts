/**
 * Correct counting (issue #9, item 4): a label that names no class is unlabelled in the accuracy
 * line, Metrics and the table's marks; label words that are one token after the tokenizer's
 * normalisation are flagged and counted once.
 */
import { expect, test } from './fixtures';

test('a row whose label names no class counts as unlabelled, not wrong @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  // "postive" is a typo: the row has no gold class, whatever the model predicts for it.
  await app
    .examples()
    .fill(
      'positive\tA wonderful, moving film.\npostive\tA dreadful, boring mess.\nnegative\tA dreadful, boring mess of a film.',
    );
  await expect(page.getByText('Line 2: “postive” is not a class name')).toBeVisible();
  await expect(page.getByText(/Accuracy on labelled examples: [\d.]+ \(\d of 2\)/)).toBeVisible();
  const metrics = page.getByRole('region', { name: 'Metrics' });
  await expect(metrics).toContainText('on 2 evaluation example(s)');
  // Its prediction (whatever it is) is not marked wrong.
  await expect(app.table().getByRole('row').nth(2)).not.toHaveClass(/wrong/);
});

test('label words that are the same token are flagged and counted once @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const before = await app.column('positive');
  await app.labelWords('positive').fill('great, Great, GREAT');
  await expect(page.getByText('same token as “great”: counted once').first()).toBeVisible();
  await expect(page.getByText('same token as “great”: counted once')).toHaveCount(2);
  // Counted once: the probabilities are those of "great" alone.
  await expect.poll(() => app.column('positive')).toBe(before);
});
