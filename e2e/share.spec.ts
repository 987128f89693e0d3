/**
 * Share links and workspace files, driven through the real app: a link opens the same workspace
 * (and the same predictions) in another browser, never overwrites a person's own workspace
 * silently, and a workspace file carries a tuned head and a dataset. The backend plays no role.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, Playground, test } from './fixtures';

test.beforeEach(({ app }) => app.useAutoBackend());

const SHARED_TEMPLATE = '{text} Honestly, it was [MASK].';
const SHARED_EXAMPLES = [
  'positive\tA warm and funny film.',
  'negative\tThe story was dull.',
  'positive\tI loved every minute.',
  'negative\tA tired, empty sequel.',
].join('\n');

/** Sets up a workspace worth sharing, and returns its link as the page shows it. */
async function makeSharedWorkspace(app: Playground, page: Page): Promise<string> {
  await app.open();
  await app.template().fill(SHARED_TEMPLATE);
  await app.labelWords('positive').fill('great, good');
  await app.examples().fill(SHARED_EXAMPLES);
  await expect(app.table().locator('tbody tr[data-index]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#share=/);
  return field.inputValue();
}

/** A fresh browser context (no saved state) with the app open at `url`. */
async function openInNewContext(browser: Browser, backend: string, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new Playground(page, backend);
  app.useAutoBackend();
  await app.open(url);
  return { context, page, app };
}

test('a copied share link opens the same workspace and predictions in a fresh browser @wasm-only', async ({
  app,
  page,
  context,
  browser,
}) => {
  test.setTimeout(300_000); // two model loads, in two browsers, on a shared machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await makeSharedWorkspace(app, page);
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const figures = [await app.column('positive'), await app.column('negative')];
  await page.close(); // the sender is done: its model stops taking the CPU

  const other = await openInNewContext(browser, app.backend, link);
  await expect(other.app.template()).toHaveValue(SHARED_TEMPLATE);
  await expect(other.app.labelWords('positive')).toHaveValue('great, good');
  await expect(other.app.examples()).toHaveValue(SHARED_EXAMPLES);
  expect([await other.app.column('positive'), await other.app.column('negative')]).toEqual(figures);
  // Read once: the fragment has left the address bar, so a reload does not apply it again.
  expect(new URL(other.page.url()).hash).toBe('');
  await other.context.close();
});

test('a browser that refuses the clipboard still shows the link to copy @wasm-only', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
  });
  await makeSharedWorkspace(app, page);
  await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
});

/** A saved workspace of this person's own, as the app stores it (version 2, localStorage). */
const OWN_WORKSPACE = JSON.stringify({
  version: 2,
  state: {
    template: '{text} My own, it was [MASK].',
    classes: [
      { id: 'positive', name: 'positive', labelWords: 'great' },
      { id: 'negative', name: 'negative', labelWords: 'terrible' },
    ],
    examplesText: 'negative\tMine only.',
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    language: 'en',
    modelSource: { kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' },
    hubHost: 'https://huggingface.co',
  },
});

test('a shared link never overwrites a saved workspace: it survives a reload and comes back in one click @wasm-only', async ({
  app,
  page,
  browser,
}) => {
  // Four model loads in two browsers: on this shared 2-core machine that can take minutes.
  test.setTimeout(420_000);
  const link = await makeSharedWorkspace(app, page);
  await page.close(); // the sender is done: its model stops taking the CPU

  const context = await browser.newContext();
  await context.addInitScript((text) => {
    if (!localStorage.getItem('cloze-lab-workspace'))
      localStorage.setItem('cloze-lab-workspace', text);
  }, OWN_WORKSPACE);
  const other = new Playground(await context.newPage(), app.backend);
  other.useAutoBackend();
  await other.open(link);
  await expect(other.template()).toHaveValue(SHARED_TEMPLATE);
  await expect(other.page.getByText('This is a shared workspace')).toBeVisible();

  // A reload before choosing keeps both: the shared one on screen, the own one offered back.
  await other.page.reload();
  await other.ready();
  await expect(other.template()).toHaveValue(SHARED_TEMPLATE);
  await other.page.getByRole('button', { name: 'Restore previous workspace' }).click();
  await expect(other.template()).toHaveValue('{text} My own, it was [MASK].');
  await expect(other.examples()).toHaveValue('negative\tMine only.');
  await expect(other.page.getByRole('button', { name: 'Restore previous workspace' })).toHaveCount(
    0,
  );
  await other.page.reload();
  await other.ready();
  await expect(other.template()).toHaveValue('{text} My own, it was [MASK].');
  await expect(other.page.getByText('This is a shared workspace')).toHaveCount(0);
  await context.close();
});

test('a damaged share link says so and changes nothing @wasm-only', async ({ app, page }) => {
  const link = await makeSharedWorkspace(app, page);
  await page.goto('about:blank');
  await app.open(link.slice(0, link.indexOf('#share=') + 30));
  await expect(page.getByRole('alert')).toContainText(
    'This share link is damaged and could not be read; nothing was changed.',
  );
  await expect(app.template()).toHaveValue(SHARED_TEMPLATE);
  await expect(page.getByRole('button', { name: 'Restore previous workspace' })).toHaveCount(0);
});

const DATASET_TSV = [
  'sentence\tlabel',
  'A lovely film.\tpositive',
  'A dreadful film.\tnegative',
  'Great fun.\tpositive',
  'Dull and slow.\tnegative',
].join('\n');

test('an exported workspace file brings back the tuned head, the history and the dataset @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} In short, it was [MASK].');
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'little.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(DATASET_TSV),
  });
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const dataset = page.getByRole('region', { name: 'Dataset' });
  await expect(dataset).toContainText('little.tsv');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('5');
  await page.getByRole('button', { name: 'Train' }).click();
  const history = page.getByRole('table', { name: 'Training history' });
  await expect(history.getByRole('row')).toHaveCount(6);
  const useTuned = page.getByRole('switch', { name: 'Use tuned head' });
  await expect(useTuned).toHaveAttribute('aria-checked', 'true');
  await app.settled();
  const tunedFigures = await app.column('positive');
  const historyText = await history.textContent();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const file = await readFile(await (await download).path(), 'utf8');

  // Something else entirely, then the file back.
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await page
    .getByRole('dialog', { name: 'Reset workspace?' })
    .getByRole('button', {
      name: 'Reset',
      exact: true,
    })
    .click();
  await page.getByRole('button', { name: 'Reset head' }).click();
  await dataset.getByRole('button', { name: 'Remove dataset' }).click();
  await expect(history).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workspace' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'cloze-lab-workspace.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(app.template()).toHaveValue('{text} In short, it was [MASK].');
  await expect(dataset).toContainText('little.tsv');
  await expect(history).toHaveText(historyText ?? '');
  await expect(useTuned).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => app.column('positive')).toBe(tunedFigures);
  await expect(page.getByText('The workspace was imported')).toBeVisible();
});

test('a file that is not a workspace is refused in place @wasm-only', async ({ app, page }) => {
  await app.open();
  const files: Array<[string, string, string]> = [
    ['notes.txt', 'label\ttext', '"notes.txt" is not a JSON file'],
    ['head.json', '{"kind":"cloze-lab-head"}', '"head.json" is not a Cloze Lab workspace file'],
  ];
  for (const [name, text, said] of files) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workspace' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect(page.getByRole('alert')).toContainText(said);
  }
  await expect(app.template()).toHaveValue('{text} It was [MASK].');
  await expect(page.getByRole('button', { name: 'Restore previous workspace' })).toHaveCount(0);
});
