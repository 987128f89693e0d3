// Examples per second on a BERT-base-shaped model: our worker (one batched run per template edit,
// logits only at the masks) against transformers.js' fill-mask pipeline called once per example,
// in the same browser session, on the same backend (WASM) and thread count.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import { LONG_EXAMPLES, templateForRound } from '../lib/examples.mjs';
import { fillExamples, modelStats, pause, timedEdit } from '../lib/page.mjs';
import { median } from '../lib/stats.mjs';

const BERT_BASE_ROOT = 'bench/models';
const BERT_BASE_REPO = 'bench/bert-base-random';
const EDITS = 3;

/** Builds the BERT-base-shaped random model once (Debian python3-torch); false when it cannot. */
function ensureBertBase() {
  const folder = join(BERT_BASE_ROOT, BERT_BASE_REPO);
  if (existsSync(join(folder, 'onnx/model.onnx'))) return true;
  console.log('building the BERT-base-shaped benchmark model (random weights, ~530 MB, once)…');
  const made = spawnSync(
    '/usr/bin/python3',
    ['tools/fixtures/make_bert_base.py', '--out', folder],
    { stdio: 'inherit' },
  );
  return made.status === 0;
}

/** Our worker against the per-example pipeline on LONG_EXAMPLES; null when the model cannot be built. */
export async function measureBertBase(browser, baseUrl) {
  if (!ensureBertBase()) {
    console.log(
      '  (skipped the BERT-base comparison: could not build its model — needs python3-torch)',
    );
    return null;
  }
  const mirror = await startHubMirror({ root: BERT_BASE_ROOT });
  try {
    const page = await browser.newPage();
    await page.goto(
      `${baseUrl}/?model=${BERT_BASE_REPO}&hub=${mirror.url}&dtype=fp32&backend=wasm`,
    );
    // Ready means the status names the model with its dtype; a failed load falls back to the
    // bundled model and shows an alert, which must not pass for a measurement.
    const ready = page
      .getByRole('status', { name: 'Runtime' })
      .filter({ hasText: 'bert-base-random · fp32' });
    const failed = page.getByRole('alert').filter({ hasText: 'Could not load' });
    await Promise.race([ready.waitFor({ timeout: 600_000 }), failed.waitFor({ timeout: 600_000 })]);
    if (await failed.isVisible())
      throw new Error(`BERT-base did not load: ${await failed.textContent()}`);
    await fillExamples(page, LONG_EXAMPLES, 300_000);
    const editMs = [];
    let stats = null;
    for (let i = 0; i < EDITS; i++) {
      await pause(page);
      const edit = await timedEdit(page, 'Template', templateForRound(i), { timeoutMs: 300_000 });
      editMs.push(edit.tableMs);
      stats = await modelStats(page);
    }
    await page.close();

    const baseline = await browser.newPage();
    await baseline.goto(`${baseUrl}/bench/pipeline.html`);
    const pipelineResult = await baseline.evaluate((options) => window.runPipelineBench(options), {
      host: mirror.url,
      repo: BERT_BASE_REPO,
      texts: LONG_EXAMPLES.map((t) => `${t} It was [MASK].`),
    });
    await baseline.close();
    const ours = (LONG_EXAMPLES.length * 1000) / median(editMs);
    const theirs = 1000 / pipelineResult.msPerExample;
    return {
      examples: LONG_EXAMPLES.length,
      oursExamplesPerSecond: ours,
      pipelineExamplesPerSecond: theirs,
      speedup: ours / theirs,
      oursBytesOutPerExample: ((stats?.kb ?? 0) * 1024) / LONG_EXAMPLES.length,
    };
  } finally {
    await mirror.close();
  }
}
