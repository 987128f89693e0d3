// The bench's large random-weight models, built once with Debian's python3-torch/onnx into
// bench/models (ignored by git) and served to the app through the local Hub mirror.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the Hub mirror serves the bench models from. */
export const BENCH_MODELS_ROOT = 'bench/models';
/** BERT-base-shaped masked LM (fp32 `model.onnx`, q8 `model_quantized.onnx`). */
export const BERT_BASE_REPO = 'bench/bert-base-random';
/** BERT-base's encoder MatMuls alone: the matrix-multiply ceiling (fp32 and q8). */
export const CEILING_REPO = 'bench/matmul-ceiling';

const BUILDERS = {
  [BERT_BASE_REPO]: 'tools/fixtures/make_bert_base.py',
  [CEILING_REPO]: 'tools/fixtures/make_matmul_ceiling.py',
};

/** The file of `repo` for `dtype` ('fp32' or 'q8'), in transformers.js' layout. */
export function modelFile(dtype) {
  return dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
}

/**
 * Builds `repo` (one of the two above) once, both precisions; false when it cannot (no
 * python3-torch / python3-onnx).
 */
export function ensureBenchModel(repo) {
  const folder = join(BENCH_MODELS_ROOT, repo);
  if (['fp32', 'q8'].every((dtype) => existsSync(join(folder, modelFile(dtype))))) return true;
  console.log(`building the benchmark model ${repo} (random weights, fp32 and q8, once)…`);
  const made = spawnSync('/usr/bin/python3', [BUILDERS[repo], '--out', folder], {
    stdio: 'inherit',
  });
  return made.status === 0;
}

/**
 * Opens the app on the BERT-base-shaped model through the mirror at `hubUrl`, in `dtype` on
 * WASM (plus `extraQuery`, e.g. `&chunking=off`), and waits until it answers. A failed load
 * falls back to the bundled model and shows an alert, which must not pass for a measurement.
 */
export async function openBertBase(page, baseUrl, hubUrl, dtype, extraQuery = '') {
  await page.goto(
    `${baseUrl}/?model=${BERT_BASE_REPO}&hub=${hubUrl}&dtype=${dtype}&backend=wasm${extraQuery}`,
  );
  const ready = page
    .getByRole('status', { name: 'Runtime' })
    .filter({ hasText: `bert-base-random · ${dtype}` });
  const failed = page.getByRole('alert').filter({ hasText: 'Could not load' });
  await Promise.race([ready.waitFor({ timeout: 600_000 }), failed.waitFor({ timeout: 600_000 })]);
  if (await failed.isVisible())
    throw new Error(`BERT-base (${dtype}) did not load: ${await failed.textContent()}`);
  await page.getByRole('table', { name: 'Predictions' }).waitFor({ timeout: 600_000 });
}
