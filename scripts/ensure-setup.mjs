#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs the npm packages when they are
// missing and, for tests, Debian's Chromium (Playwright's own browser download is not reachable
// from our machines). Plain Node with no dependencies, because it runs before `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) =>
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
  });

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('[setup] installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (process.getuid?.() === 0) {
      console.log('[setup] installing Debian chromium for the e2e tests…');
      run('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium');
    } else {
      console.error(
        `[setup] ${chromium} is missing: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
      );
      process.exit(1);
    }
  }
}
