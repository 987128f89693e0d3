// The bench's browser: the same Debian Chromium and arguments as the e2e tests, plus one flag
// for the memory figures.
import { chromium } from '@playwright/test';
import { chromiumArgs, executablePath } from '../../e2e/chromium.mjs';

/**
 * Without ForceEagerMeasureMemory, Chromium answers performance.measureUserAgentSpecificMemory()
 * only at its next garbage collection, up to 20 s later; with it, it collects and measures at
 * once. It changes nothing else the bench times.
 */
const MEMORY_ARGS = ['--enable-blink-features=ForceEagerMeasureMemory'];

/** Launches headless Chromium for one bench run; every scenario shares this browser session. */
export function launchBenchBrowser() {
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...MEMORY_ARGS] });
}
