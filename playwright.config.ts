import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumFound, executablePath } from './e2e/chromium.mjs';

// Say how to get a browser instead of Playwright's "executable doesn't exist".
if (chromiumFound.path === null) throw new Error(chromiumFound.help);

// E2E_PORT lets two checkouts on one machine run their suites without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // WebGPU here is SwiftShader: its first run compiles shaders for 8–19 s.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    // The built app registers a service worker that precaches ~36 MB (ORT's WebAssembly, the
    // bundled models): in every fresh context that download would compete with the test itself.
    // Only e2e/hosting.spec.ts, which tests the service worker, allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'wasm',
      metadata: { backend: 'WASM' },
      use: { launchOptions: { executablePath, args: chromiumArgs } },
    },
    {
      name: 'webgpu',
      metadata: { backend: 'WebGPU' },
      // Tests of WASM itself (its heap after model switches), and of parts where the backend
      // plays no role beyond what the tests on Auto already cover, run once, in the wasm project:
      // load errors, cancelled downloads, saved state, the Chinese UI and refused inputs are
      // decided before any session runs. Demonstration marking, the explanation, label-word
      // suggestions (read from cached distributions), a training run stopped by a model switch
      // and Chinese tokens use the scoring path the tests kept here already run on WebGPU.
      // SwiftShader makes each test here 3× slower, and the suite must stay near 20 minutes;
      // scoring, loading a bundled and a Hub model, tuning and template search stay in both.
      grepInvert: /@wasm-only/,
      // Saved state and large inputs run on Auto, which picks WASM on this software adapter: the
      // wasm project's run already covers them (they took about a third of this project's time).
      testIgnore: ['**/workspace.spec.ts', '**/scale.spec.ts'],
      use: { launchOptions: { executablePath, args: [...chromiumArgs, '--enable-unsafe-webgpu'] } },
    },
  ],
  // The built app, served as in production (with the COOP/COEP headers from vite.config.ts).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
