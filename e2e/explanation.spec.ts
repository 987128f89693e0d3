/**
 * "Why this prediction" (issue #12): the region Explanation shows every word of the selected
 * example's text and of the template's own text, each with its drop, names the class the table
 * predicts with the table's probability, and follows the selection.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** The words of an English text, split here independently of the app: at whitespace. */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/** Each item of a word list as a person reads it: the word and its signed drop (null: none). */
async function readWords(region: Locator, list: string) {
  const items = await region
    .getByRole('list', { name: list })
    .getByRole('listitem')
    .allTextContents();
  return items.map((item) => {
    const match = /^(.*?)([+−]\d\.\d{3})$/.exec(item);
    return match ? { word: match[1], drop: match[2] } : { word: item, drop: null };
  });
}

test('the explanation shows every word with its drop and follows the selected example @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const region = page.getByRole('region', { name: 'Explanation' });
  const select = async (row: number) => {
    const tr = app
      .table()
      .getByRole('row')
      .nth(row + 1);
    await tr.getByRole('button').click();
    await expect(tr).toHaveAttribute('aria-current', 'true');
    return (await tr.getByRole('cell').first().textContent()) ?? '';
  };

  const text = await select(1);
  await region.getByRole('button', { name: 'Explain prediction' }).click();
  const exampleWords = region.getByRole('list', { name: 'Example words' }).getByRole('listitem');
  await expect(exampleWords).toHaveCount(wordsOf(text).length);
  await expect(region).toHaveAttribute('aria-busy', 'false');
  const words = await readWords(region, 'Example words');
  expect(words.map((w) => w.word)).toEqual(wordsOf(text));
  for (const w of words) expect(w.drop, w.word).not.toBeNull();

  // The class the table predicts, with the probability the table shows for it.
  const predicted =
    (await app.table().getByRole('row').nth(2).getByRole('cell').nth(1).textContent()) ?? '';
  const probability = await app.probability(1, predicted);
  await expect(region).toContainText(`Predicted: ${predicted}, probability ${probability}.`);

  // The template's own words, each with a drop; {text} and [MASK] in place without one.
  expect(await readWords(region, 'Template words')).toEqual([
    { word: '{text}', drop: null },
    { word: 'It', drop: expect.any(String) },
    { word: 'was', drop: expect.any(String) },
    { word: '[MASK]', drop: null },
    { word: '.', drop: expect.any(String) },
  ]);
  const timing = (await region.getByText(/inputs scored in \d+ ms/).textContent()) ?? '';
  console.log(`${app.backend}: ${words.length} words + 3 template words: ${timing}`);

  // Another example: the explanation follows it without being asked again.
  const other = await select(3);
  await expect
    .poll(async () => (await readWords(region, 'Example words')).map((w) => w.word))
    .toEqual(wordsOf(other));
  await expect(region).toHaveAttribute('aria-busy', 'false');
  for (const w of await readWords(region, 'Example words')) expect(w.drop, w.word).not.toBeNull();
});
