#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs the npm packages when they are
// missing and, for tests, makes sure there is a Chromium (e2e/chromium.mjs says which one is
// used): as root on Debian it installs Debian's package, elsewhere it says how to get one.
// Plain Node with no dependencies until `npm ci` has run. onnxruntime-node's optional download
// is switched off by .npmrc, so no environment variable is needed here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('[setup] installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  // Imported only now: it needs @playwright/test, which `npm ci` just installed.
  const { chromiumFound } = await import('../e2e/chromium.mjs');
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (chromiumFound.path === null && canApt && !process.env.CHROMIUM_PATH) {
    console.log('[setup] installing Debian chromium for the e2e tests…');
    run('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium');
  } else if (chromiumFound.path === null) {
    console.error(`[setup] ${chromiumFound.help}`);
    process.exit(1);
  }
}
