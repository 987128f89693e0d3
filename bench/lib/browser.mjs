// The bench's browser: the same Debian Chromium and arguments as the e2e tests.
import { chromium } from '@playwright/test';
import { chromiumArgs, executablePath } from '../../e2e/chromium.mjs';

/** Launches headless Chromium for one bench run; every scenario shares this browser session. */
export function launchBenchBrowser() {
  return chromium.launch({ executablePath, args: chromiumArgs });
}
