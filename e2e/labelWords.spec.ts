/**
 * Suggest label words (issue #12): on the default workspace's labelled examples, starting from a
 * weak positive word, the search proposes words for every class; adopting the best assignment
 * writes its words into the Label words boxes, and with calibration None the Metrics accuracy is
 * then the assignment's
 * leave-one-out accuracy (nothing is estimated from the rows, so leave-one-out is plain accuracy
 * on the same rows with the same scoring rule).
 */
import { expect, test } from './fixtures';

const CLASSES = ['positive', 'negative'];

test('suggested label words appear for every class and adopting them sets the boxes and the metrics @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const metrics = page.getByRole('region', { name: 'Metrics' });
  const accuracy = metrics.locator('output[aria-label="Accuracy"]');
  // Start from a weak word for positive, so adopting the suggestion has something to improve.
  await app.labelWords('positive').fill('fine');
  await app.settled();
  await expect(accuracy).toHaveText(/^\d\.\d{3}$/);
  const accuracyBefore = await accuracy.textContent();

  const before = await Promise.all(CLASSES.map((cls) => app.labelWords(cls).inputValue()));
  const probabilities = await app.column('positive');

  await page.getByRole('button', { name: 'Suggest label words' }).click();
  const suggestions = page.getByRole('table', { name: 'Label word suggestions' });
  await expect(suggestions.locator('tbody tr').first()).toBeVisible();
  const headers = await suggestions
    .getByRole('columnheader')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-label') ?? th.textContent));
  expect(headers).toEqual(['Class', 'Word', 'Score']);
  const rows = await suggestions
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
  for (const cls of CLASSES) expect(rows.filter(([c]) => c === cls).length).toBeGreaterThan(0);
  for (const [, word, score] of rows) {
    expect(word).toMatch(/^\p{L}+$/u);
    expect(score).toMatch(/^-?\d+\.\d{3}$/);
  }

  // The best assignment, as shown: "positive: w1; negative: w2" and its accuracy.
  const best = page
    .getByRole('table', { name: 'Label word assignments' })
    .locator('tbody tr')
    .first();
  const [, wordsText = '', bestAccuracy = ''] = await best
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
  const words = Object.fromEntries(
    wordsText.split('; ').map((pair) => pair.split(': ') as [string, string]),
  );
  expect(Object.keys(words)).toEqual(CLASSES);
  // The rows were evaluated on opening, with one-piece words: the search ran no model.
  await expect(page.getByText(/model runs needed: 0\.$/)).toBeVisible();
  for (const cls of CLASSES) expect(rows).toContainEqual([cls, words[cls], expect.any(String)]);

  await page.getByRole('button', { name: 'Use suggested words' }).click();
  for (const cls of CLASSES) await expect(app.labelWords(cls)).toHaveValue(words[cls]!);
  await app.settled();
  await expect(accuracy).toHaveText(bestAccuracy);
  // The search found better words than the weak start: the metrics moved with the boxes.
  expect(Number(bestAccuracy)).toBeGreaterThan(Number(accuracyBefore));
  const changed = CLASSES.some((cls, c) => words[cls] !== before[c]);
  expect(changed).toBe(true);
  expect((await app.column('positive')) !== probabilities).toBe(true);
});
