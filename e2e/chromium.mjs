// How tests and the bench launch a browser: $CHROMIUM_PATH, Debian's Chromium, or Playwright's own
// (`npx playwright install chromium`) when that was installed; scripts/findChromium.mjs decides.
// Background traffic is switched off: the tests reach nothing but this machine.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/findChromium.mjs';

/** Where Playwright keeps its own Chromium, whether or not it was downloaded. */
function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    // A platform Playwright has no build for.
    return null;
  }
}

export const chromiumFound = findChromium({
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightPath: playwrightChromium(),
});

export const executablePath = chromiumFound.path ?? undefined;

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
