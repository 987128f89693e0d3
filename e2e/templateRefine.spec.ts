/**
 * "Refine template" (issue #12) on the default workspace with the real bundled model: one round
 * (`?refineRounds=1`), its trajectory, the plain warning with the figures on the evaluation rows
 * beside it, and "Use refined template" putting the result in the Template box.
 */
import { expect, test } from './fixtures';

test('refining the template shows its trajectory, the fair-test warning and the evaluation rows, and adopts the result @wasm-only', async ({
  app,
  page,
}) => {
  await app.open('/?refineRounds=1');
  const metrics = page.getByRole('region', { name: 'Metrics' });
  const shownAccuracy = await metrics.locator('output[aria-label="Accuracy"]').textContent();
  await page.getByRole('button', { name: 'Refine template' }).click();

  const trajectory = page.getByRole('table', { name: 'Refinement trajectory' });
  await expect(trajectory).toBeVisible();
  const rows = await trajectory
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
  // The start, then at most one accepted edit (one round), each better than the one before.
  expect(rows.length).toBeGreaterThanOrEqual(1);
  expect(rows.length).toBeLessThanOrEqual(2);
  expect(rows[0]?.slice(1, 3)).toEqual(['start', '{text} It was [MASK].']);
  // Every labelled row is a training row here, so the start's training accuracy is the Metrics'.
  expect(rows[0]?.[3]).toBe(shownAccuracy);
  const accuracies = rows.map((r) => Number(r[3]));
  for (const [i, row] of rows.entries()) {
    expect(row[3]).toMatch(/^\d\.\d{3}$/);
    if (i > 0) {
      expect(accuracies[i]).toBeGreaterThan(accuracies[i - 1] ?? 1);
      expect(row[1]).toMatch(/^\p{L}+ → \p{L}+$/u);
    }
  }

  await expect(page.getByLabel('Refinement warning')).toContainText(
    'Not a fair test: the search kept these edits because they did well on these 14 row(s)',
  );
  // Nothing is held out in the default workspace: the check runs on all evaluation rows, says
  // so, and its starting figure is the Metrics' accuracy again.
  const check = page.getByLabel('Refinement check');
  await expect(check).toContainText('No rows were held out');
  await expect(check).toContainText(
    `all 14 evaluation row(s), the search’s own rows among them: ${shownAccuracy} with the starting template, ${rows[rows.length - 1]?.[3]} with the refined one.`,
  );

  const refined = rows[rows.length - 1]?.[2] ?? '';
  await page.getByRole('button', { name: 'Use refined template' }).click();
  await expect(app.template()).toHaveValue(refined);
  await app.settled();
});
