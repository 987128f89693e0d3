/**
 * The model worker's resources and job identity, and the Backend choice: model switches do not
 * leak ORT sessions, a tuning run for an old model never writes into the new one, and Auto
 * says why it chose its backend.
 */
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Playground } from './fixtures';

const LARGER_MODEL_BYTES = statSync('public/models/cloze-lab-en/onnx/model.onnx').size;

/** Loads a bundled model through the test hook (on `backend` when given) and waits until it answers. */
async function switchModel(app: Playground, name: string, backend?: 'wasm'): Promise<void> {
  await app.page.evaluate(
    ([model, on]) =>
      window.__clozeLabDebug?.chooseModel({ kind: 'bundled', name: model, dtype: 'fp32' }, on),
    [name, backend] as const,
  );
  await expect(app.runtime()).toContainText(name, { timeout: 150_000 });
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
}

/** The worker's WebAssembly memory in bytes. */
async function wasmBytes(page: Page): Promise<number> {
  const memory = await page.evaluate(() => window.__clozeLabDebug?.memory());
  if (!memory) throw new Error('the worker did not report its memory');
  return memory.wasmBytes;
}

test('after 10 switches between two models the WASM memory grows by at most one model plus two heap-growth steps @wasm-only', async ({
  app,
  page,
}, testInfo) => {
  // The memory measured is WASM's heap: the wasm project runs this (see playwright.config.ts).
  await page.goto('/?backend=wasm');
  await expect(app.runtime()).toContainText('cloze-lab-en', { timeout: 150_000 });
  await expect(app.table().getByRole('row')).not.toHaveCount(0);
  const start = await wasmBytes(page);
  // The old model answers until the new one is ready, so for a moment the heap holds both; it
  // grows (in Emscripten's steps of ~20%) until each model has once loaded beside the other.
  await switchModel(app, 'cloze-mini');
  await switchModel(app, 'cloze-lab-en');
  const reference = await wasmBytes(page);
  for (let i = 0; i < 10; i++) await switchModel(app, i % 2 === 0 ? 'cloze-mini' : 'cloze-lab-en');
  const afterTen = await wasmBytes(page);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  testInfo.annotations.push({
    type: 'memory',
    description: `WASM memory: ${mb(start)} MB with one model, ${mb(reference)} MB once each loaded beside the other, ${mb(afterTen)} MB after 10 more switches`,
  });
  expect(reference).toBeGreaterThan(0);
  // Emscripten grows the heap in steps of ~20% of its size and never gives memory back; models of
  // two sizes taking turns fragment it, so one or two such steps can come on top of one model
  // (seen: +12.4 MB and +27.2 MB). Without releasing the replaced sessions it grows by ~15 MB per
  // switch, ~150 MB over ten.
  expect(afterTen - reference).toBeLessThanOrEqual(LARGER_MODEL_BYTES + 2 * 0.2 * reference);
});

test('a training run for the old model stops on a model switch and never writes into the new one @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('100000');
  // Train, then Pause as soon as it can be pressed, so the run pauses within its first epochs:
  // the page draws every epoch, and on this loaded machine it would fall minutes behind.
  await page.evaluate(async () => {
    const button = (name: string) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === name);
    button('Train')?.click();
    while (button('Pause')?.disabled) await new Promise((resolve) => setTimeout(resolve, 0));
    button('Pause')?.click();
  });
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
  const rows = page.getByRole('table', { name: 'Training history' }).getByRole('row');

  // On WASM in both projects: a SwiftShader load would take minutes on this machine.
  await switchModel(app, 'cloze-mini', 'wasm');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The model changed during training, so it stopped' }),
  ).toBeVisible();
  const useTuned = page.getByRole('switch', { name: 'Use tuned head' });
  await expect(useTuned).toBeDisabled();
  await expect(useTuned).toHaveAttribute('aria-checked', 'false');
  const settled = await rows.count();
  // The old run ends (stopped) on its next step; a worker round trip lets its last messages in.
  await page.evaluate(() => window.__clozeLabDebug?.memory());
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__clozeLabDebug?.memory());
  expect(await rows.count()).toBe(settled);
  await expect(useTuned).toHaveAttribute('aria-checked', 'false');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The model changed during training, so it stopped' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
});

test('the Backend select offers Auto, WebGPU and WASM and says why Auto chose its backend', async ({
  app,
  page,
}) => {
  // No ?backend= here: Auto decides.
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Backend' });
  await expect(select.getByRole('option')).toHaveText(['Auto', 'WebGPU', 'WASM']);
  await expect(select).toHaveValue('auto');
  await expect(app.runtime()).toContainText('WASM', { timeout: 150_000 });
  if (app.backend === 'WASM') {
    // This project's Chromium has no WebGPU adapter at all.
    await expect(
      page.getByText('Auto chose WASM: this browser offers no WebGPU adapter.'),
    ).toBeVisible();
    await select.selectOption('WASM');
    await expect(page.getByText(/Auto chose/)).toHaveCount(0);
    await page.reload();
    await expect(select).toHaveValue('wasm');
    await expect(app.runtime()).toContainText('WASM', { timeout: 150_000 });
  } else {
    // SwiftShader: a software fallback adapter, many times slower than WASM.
    await expect(
      page.getByText(/^Auto chose WASM: this browser’s WebGPU adapter is a software fallback/),
    ).toBeVisible();
    await select.selectOption('WebGPU');
    await expect(app.runtime()).toContainText('WebGPU', { timeout: 150_000 });
    await expect(app.table().getByRole('row')).not.toHaveCount(0);
    await page.reload();
    await expect(select).toHaveValue('webgpu');
    await expect(app.runtime()).toContainText('WebGPU', { timeout: 150_000 });
  }
});
