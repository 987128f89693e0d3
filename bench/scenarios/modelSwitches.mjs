// Memory across model switches: one fresh browser context loads the default model, then switches
// between the two bundled models, measuring the page (workers included) after the first load, the
// first switch and the last. Whatever an old model leaves behind in the worker shows up as growth.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import { measurePageMemory, openApp } from '../lib/page.mjs';

const DEFAULT_MODEL = 'cloze-lab-en';
const OTHER_MODEL = 'cloze-mini';
const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

/** "One model's size" for the growth ratio: the default model's fp32 ONNX file. */
const MODEL_FILE = `${PUBLIC}models/${DEFAULT_MODEL}/onnx/model.onnx`;

// After a switch the app runs the new model over the examples; measure once that has settled.
const SETTLE_MS = 1000;

/**
 * Makes `name` the answering model. Through the Model picker's option when it offers one; else
 * (on main the picker lists only the default and Hub models) by loading `models/<name>` as a Hub model
 * from a mirror that serves public/ — the same worker path and ORT session as any model.
 * Returns which of the two routes it took.
 */
async function switchModel(page, name, mirrorUrl) {
  const picker = page.getByRole('combobox', { name: 'Model' });
  const option = await picker.evaluate(
    (select, name) =>
      [...select.options].find((o) => o.textContent.startsWith(name) || o.value.endsWith(name))
        ?.value ?? null,
    name,
  );
  let route = 'picker';
  if (option) await picker.selectOption(option);
  else {
    route = 'hub mirror';
    const host = page.getByRole('textbox', { name: 'Hub host' });
    if (!(await host.isVisible())) {
      await picker.selectOption('other');
      // The mirror serves the bundled files as they are: fp32 only.
      await page.getByRole('combobox', { name: 'Precision' }).selectOption('fp32');
      await host.fill(mirrorUrl);
      await host.blur();
    }
    await page.getByRole('textbox', { name: 'Hub model id' }).fill(`models/${name}`);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
  }
  await waitForModel(page, name);
  return route;
}

/** Waits until the Runtime status names `name` as the answering model; a load error throws. */
async function waitForModel(page, name) {
  const answering = page.waitForFunction(
    (name) => {
      const status = document.querySelector('[role="status"][aria-label="Runtime"]');
      // "WASM (n threads) · <model> · <dtype>"; a Hub-loaded model reads "models/<name>".
      const model = status?.textContent.split(' · ')[1] ?? '';
      return model === name || model.endsWith(`/${name}`);
    },
    name,
    { timeout: 120_000 },
  );
  const failed = page.getByRole('alert').filter({ hasText: 'Could not load' });
  const failing = failed.waitFor({ timeout: 120_000 });
  // Whichever wait loses keeps running until its timeout; its rejection then means nothing.
  answering.catch(() => {});
  failing.catch(() => {});
  await Promise.race([answering, failing]);
  if (await failed.isVisible())
    throw new Error(`switching to ${name}: ${await failed.textContent()}`);
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Loads the default model in a fresh context, then switches `switches` times between the two
 * bundled models; returns the memory after the first load, after switch 1 and after the last
 * switch, and the growth from switch 1 to the last in units of one model's size. Only those three
 * are measured: with ORT's threads running, each measurement takes about a minute (see
 * measurePageMemory).
 */
export async function measureModelSwitchMemory(browser, baseUrl, switches = 10) {
  const mirror = await startHubMirror({ root: PUBLIC });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openApp(page, baseUrl, '?backend=wasm');
    await waitForModel(page, DEFAULT_MODEL);
    const afterFirstLoad = { model: DEFAULT_MODEL, ...(await measurePageMemory(page)) };
    const routes = new Set();
    let afterFirstSwitch = null;
    let afterLastSwitch = null;
    for (let s = 1; s <= switches; s++) {
      const model = s % 2 ? OTHER_MODEL : DEFAULT_MODEL;
      routes.add(await switchModel(page, model, mirror.url));
      if (s === 1) afterFirstSwitch = { model, ...(await measurePageMemory(page)) };
      if (s === switches) afterLastSwitch = { model, ...(await measurePageMemory(page)) };
    }
    const modelBytes = statSync(MODEL_FILE).size;
    const growth = (key) => afterLastSwitch[key] - afterFirstSwitch[key];
    return {
      models: [DEFAULT_MODEL, OTHER_MODEL],
      switches,
      route: [...routes].join(' + '),
      modelBytes,
      afterFirstLoad,
      afterFirstSwitch,
      afterLastSwitch,
      growthBytes: growth('bytes'),
      growthInModels: growth('bytes') / modelBytes,
      workerGrowthInModels: growth('workerBytes') / modelBytes,
    };
  } finally {
    await context.close();
    await mirror.close();
  }
}
