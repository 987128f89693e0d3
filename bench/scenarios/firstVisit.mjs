// The first prediction of a first visit: empty HTTP cache and Cache Storage, as a new student
// opening a shared link sees it.
import { median } from '../lib/stats.mjs';

/**
 * Time from navigation start to the first row of the Predictions table on screen, in a fresh
 * browser context each of `trials` times; read in the page by a MutationObserver installed
 * before the app's own scripts run.
 */
export async function measureFirstVisit(browser, baseUrl, query, trials) {
  const times = [];
  let runtime = '';
  for (let i = 0; i < trials; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen = () => document.querySelector('table[aria-label="Predictions"] tbody tr');
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        window.__firstPredictionMs = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${query}`);
    await page.waitForFunction(() => window.__firstPredictionMs !== undefined, null, {
      timeout: 120_000,
    });
    times.push(await page.evaluate(() => window.__firstPredictionMs));
    runtime = await page.getByRole('status', { name: 'Runtime' }).textContent();
    await context.close();
  }
  return { runtime, times, median: median(times) };
}
