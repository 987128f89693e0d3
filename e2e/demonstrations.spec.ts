import { expect, test } from './fixtures';

test('demonstrations appear in "What the model sees", marked, more per class, gone when off @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  const preview = page.getByRole('list', { name: 'Token preview' });
  const tokens = preview.getByRole('listitem');
  const demo = preview.locator('li.token.demonstration');
  const word = (text: string) => demo.filter({ hasText: new RegExp(`^${text}$`) });
  await expect(demo).toHaveCount(0);
  const plain = await tokens.allTextContents();
  // The selected row is the first default example, "A moving, beautifully acted film.".
  expect(plain.filter((t) => t === 'moving')).toHaveLength(1);

  const toggle = page.getByRole('switch', { name: 'Demonstrations' });
  await toggle.check();
  await app.settled();
  await expect(word('great')).toHaveCount(1);
  await expect(word('terrible')).toHaveCount(1);
  // Marked for screen readers too, and the line under the switch counts what they add.
  await expect(preview).toContainText('demonstrations:');
  const one = await demo.count();
  expect(one).toBeGreaterThan(6);
  await expect(page.getByLabel('Demonstration tokens')).toContainText(String(one));
  // The input's own tokens are unchanged (it comes first) and it never sees itself.
  const withDemos = await tokens.allTextContents();
  expect(withDemos.slice(0, plain.length - 1)).toEqual(plain.slice(0, -1));
  expect(withDemos.filter((t) => t === 'moving')).toHaveLength(1);
  // Another example's words: the demonstrations hold words that are not in the input.
  const demoWords = (await demo.allTextContents()).map((t) =>
    t.replace(/^demonstrations: |\s*end of demonstrations$/g, ''),
  );
  expect(demoWords.some((t) => /^[a-z]+$/.test(t) && !plain.includes(t))).toBe(true);

  await page.getByRole('spinbutton', { name: 'Demonstrations per class' }).fill('2');
  await app.settled();
  await expect(word('great')).toHaveCount(2);
  await expect(word('terrible')).toHaveCount(2);
  expect(await demo.count()).toBeGreaterThan(one);

  await toggle.uncheck();
  await app.settled();
  await expect(demo).toHaveCount(0);
  expect(await tokens.allTextContents()).toEqual(plain);
});
