// The first prediction of a first visit, as a new student opening a shared link meets it: a
// browser that was not running before, with an empty profile (no HTTP cache, no compiled-code
// cache, no Cache Storage), navigating to the app.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, executablePath } from '../../e2e/chromium.mjs';
import { median } from '../lib/stats.mjs';

/** The machine's load averages (1, 5, 15 min) as `uptime` prints them: every figure needs one. */
export function loadAverage() {
  try {
    return execSync('uptime', { encoding: 'utf8' }).split('load average:')[1]?.trim() ?? '?';
  } catch {
    return '?';
  }
}

/**
 * Installed before the app's own scripts: notes the moment the first Predictions row enters the
 * DOM, both on the page's clock (ms since its navigation start) and on the wall clock (the same
 * clock the bench reads outside the browser).
 */
function noteFirstRow() {
  const seen = () => document.querySelector('table[aria-label="Predictions"] tbody tr');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__firstRow = { pageMs: performance.now(), wallMs: Date.now() };
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
}

/** Navigates `page` to the app and returns when the first row is there, with its timings. */
async function visit(page, url) {
  await page.addInitScript(noteFirstRow);
  const started = Date.now();
  // A loaded machine can take longer than Playwright's default 30 s to answer a navigation.
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 120_000 });
  const { pageMs, wallMs } = await page.evaluate(() => window.__firstRow);
  const runtime = await page.getByRole('status', { name: 'Runtime' }).textContent();
  return { outsideMs: wallMs - started, pageMs, runtime };
}

/**
 * The visitor's way: for each of `trials`, a new Chromium process with a new temporary profile
 * (not only a new context in a browser that is already warm), timed from outside, from the
 * moment the bench asks for the page to the first Predictions row in the DOM. The in-page figure
 * (from the page's own navigation start) is kept beside it. Browser start-up is not counted.
 */
export async function measureFirstVisit(baseUrl, query, trials) {
  const outside = [];
  const inPage = [];
  const loads = [];
  let runtime = '';
  for (let i = 0; i < trials; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'cloze-lab-first-visit-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: chromiumArgs,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const timing = await visit(page, `${baseUrl}/${query}`);
      outside.push(timing.outsideMs);
      inPage.push(timing.pageMs);
      runtime = timing.runtime ?? '';
      loads.push(loadAverage());
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return {
    runtime,
    times: outside,
    median: median(outside),
    inPage,
    inPageMedian: median(inPage),
    loads,
  };
}

/**
 * The bench's earlier figure, kept for comparison: a new context in one long-running browser
 * (`browser`), read in the page. It leaves out what a freshly started browser still does while
 * the page loads (its own start-up work, an empty on-disk profile to create and fill).
 */
export async function measureFirstVisitInWarmBrowser(browser, baseUrl, query, trials) {
  const inPage = [];
  const loads = [];
  for (let i = 0; i < trials; i++) {
    const context = await browser.newContext();
    try {
      const timing = await visit(await context.newPage(), `${baseUrl}/${query}`);
      inPage.push(timing.pageMs);
      loads.push(loadAverage());
    } finally {
      await context.close();
    }
  }
  return { times: inPage, median: median(inPage), loads };
}
