/**
 * Host anywhere, offline (issue #13): dist/ on a plain static server under a sub-path, with no
 * COOP/COEP headers. The service worker must make the page cross-origin isolated (threads), keep
 * it working offline with the bundled model, and hold a new version back until asked.
 * WASM only: what is tested is the hosting, not the backend.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startStaticHost, type StaticHost } from './staticHost.mjs';

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });
// Each test loads the app three times (first visit, the reload into isolation, then offline or
// the new version) and the service worker downloads its ~36 MB: three times a test's budget.
test.slow();

// Beside the suite's own server port (E2E_PORT), so two checkouts' runs do not meet.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
let host: StaticHost;

test.beforeAll(async () => {
  host = await startStaticHost({ port: PORT, subPaths: ['cloze-lab', 'next-version'] });
});

test.afterAll(() => host?.stop());

/**
 * Turns the copy at `subPath` into a newer build: index.html gains a marker, and the service
 * worker's precache list names index.html's new revision (so the worker script itself changed,
 * as in a real new build).
 */
function publishNextVersion(subPath: string): void {
  const dir = host.dir(subPath);
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  writeFileSync(
    indexPath,
    html.replace('</head>', '<meta name="cloze-lab-build" content="next" /></head>'),
  );
  const swPath = join(dir, 'serviceWorker.js');
  const sw = readFileSync(swPath, 'utf8');
  const revision = /("revision":")[0-9a-f]+(","url":"index\.html")/;
  expect(sw, 'the precache list names index.html').toMatch(revision);
  writeFileSync(swPath, sw.replace(revision, '$1next-version$2'));
}

test('served with no special headers under a sub-path, the service worker gives threads and offline use @wasm-only', async ({
  app,
  page,
  context,
}) => {
  await page.goto(`${host.url}/cloze-lab/`);
  // A first visit starts unisolated (one thread); the page reloads once the worker controls it.
  await expect(app.runtime()).toContainText('WASM (2 threads)', { timeout: 150_000 });
  await app.ready();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const predicted = await app.column('positive');

  await context.setOffline(true);
  await page.reload();
  await expect(app.runtime()).toContainText('WASM (2 threads)', { timeout: 150_000 });
  await app.ready();
  expect(await app.column('positive')).toBe(predicted);
});

test('a new version waits behind "Update available" until Reload is clicked @wasm-only', async ({
  app,
  page,
}) => {
  const build = page.locator('meta[name="cloze-lab-build"]');
  await page.goto(`${host.url}/next-version/`);
  await expect(app.runtime()).toContainText('WASM (2 threads)', { timeout: 150_000 });
  await app.ready();

  publishNextVersion('next-version');
  await page.reload();
  const notice = page.getByRole('status', { name: 'Update available' });
  await expect(notice).toBeVisible();
  // The class keeps the version it had: the page is still the old one, and still answers.
  await app.ready();
  await expect(build).toHaveCount(0);

  await notice.getByRole('button', { name: 'Reload to update' }).click();
  await expect(build).toHaveCount(1);
  await app.ready();
  await expect(notice).toHaveCount(0);
});
