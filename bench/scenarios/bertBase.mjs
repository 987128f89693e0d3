// Examples per second on a BERT-base-shaped model: our worker (one batched run per template edit,
// logits only at the masks) against transformers.js' fill-mask pipeline called once per example,
// in the same browser session, on the same backend (WASM) and thread count.
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import {
  BENCH_MODELS_ROOT,
  BERT_BASE_REPO,
  ensureBenchModel,
  openBertBase,
} from '../lib/benchModels.mjs';
import { LONG_EXAMPLES, templateForRound } from '../lib/examples.mjs';
import { fillExamples, modelStats, pause, timedEdit } from '../lib/page.mjs';
import { median } from '../lib/stats.mjs';

const EDITS = 3;

/** Our worker against the per-example pipeline on LONG_EXAMPLES; null when the model cannot be built. */
export async function measureBertBase(browser, baseUrl) {
  if (!ensureBenchModel(BERT_BASE_REPO)) {
    console.log(
      '  (skipped the BERT-base comparison: could not build its model — needs python3-torch)',
    );
    return null;
  }
  const mirror = await startHubMirror({ root: BENCH_MODELS_ROOT });
  try {
    const page = await browser.newPage();
    await openBertBase(page, baseUrl, mirror.url, 'fp32');
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
