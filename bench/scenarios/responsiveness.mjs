// Responsiveness with a real-sized model (issue #10), on the BERT-base-shaped bench model in q8
// and fp32, with 32 and 200 examples: a template edit to its first and last current row, a burst
// of five edits 150 ms apart to the final table, the padded share of the tokens run, and examples
// per second against the encoder's matrix-multiply ceiling measured in the same browser. Each
// cell runs twice in one browser session: `?chunking=off` (one run per request, no partial rows:
// the old behaviour) as the baseline, then the app as it is; before/after are ratios of the two.
import { startHubMirror } from '../../e2e/hubMirror.mjs';
import {
  BENCH_MODELS_ROOT,
  BERT_BASE_REPO,
  CEILING_REPO,
  ensureBenchModel,
  modelFile,
  openBertBase,
} from '../lib/benchModels.mjs';
import {
  countersDelta,
  predictCounters,
  tableMatchesTemplate,
  timedEditsToCurrent,
} from '../lib/currentRows.mjs';
import {
  LONG_EXAMPLES,
  SAME_LENGTH_TEMPLATES,
  sameLengthTemplate,
  variedExamples,
} from '../lib/examples.mjs';
import { fillExamples, pause } from '../lib/page.mjs';
import { median, ratio } from '../lib/stats.mjs';
import { loadBenchTokenizer, meanTokensPerExample } from '../lib/tokenCounts.mjs';

const BURST_EDITS = 5;
const BURST_GAP_MS = 150;
/** The two ways the app runs a prediction, baseline first. */
const MODES = { baseline: '&chunking=off', chunked: '' };

// Repetitions per cell. fp32 with 200 examples runs ~0.2 s per example on 2 cores, and the
// baseline's burst costs five full runs: the slow cells run once or twice, the fast ones thrice.
const DEFAULT_REPS = {
  'q8/small': { single: 3, burst: 3, baselineBurst: 2 },
  'q8/large': { single: 2, burst: 2, baselineBurst: 1 },
  'fp32/small': { single: 2, burst: 2, baselineBurst: 1 },
  'fp32/large': { single: 1, burst: 1, baselineBurst: 1 },
};

/**
 * What to run, from the environment: BENCH_RESPONSIVENESS = `q8,fp32` (default), `q8`, `fp32`,
 * `quick` (q8, 32 examples, once each) or `skip`; BENCH_RESPONSIVENESS_SIZES (default `32,200`);
 * BENCH_RESPONSIVENESS_REPS (one count for every cell); BENCH_CEILING_TOKENS (default `128,512`)
 * and BENCH_CEILING_RUNS (default 5). Null when skipped.
 */
export function responsivenessPlan(env = process.env) {
  const choice = env.BENCH_RESPONSIVENESS ?? 'q8,fp32';
  if (choice === 'skip') return null;
  const quick = choice === 'quick';
  const dtypes = quick ? ['q8'] : choice.split(',').filter((d) => d === 'q8' || d === 'fp32');
  if (dtypes.length === 0) throw new Error(`BENCH_RESPONSIVENESS: unknown choice "${choice}"`);
  const sizes = (env.BENCH_RESPONSIVENESS_SIZES ?? (quick ? '32' : '32,200'))
    .split(',')
    .map(Number);
  const fixedReps = env.BENCH_RESPONSIVENESS_REPS
    ? Number(env.BENCH_RESPONSIVENESS_REPS)
    : quick
      ? 1
      : null;
  const reps = (dtype, size) =>
    fixedReps
      ? { single: fixedReps, burst: fixedReps, baselineBurst: fixedReps }
      : DEFAULT_REPS[`${dtype}/${size > LONG_EXAMPLES.length ? 'large' : 'small'}`];
  const templatesPerPage = sizes.reduce((n, size) => {
    const r = reps('q8', size);
    return n + r.single + BURST_EDITS * Math.max(r.burst, r.baselineBurst);
  }, 0);
  if (templatesPerPage > SAME_LENGTH_TEMPLATES)
    throw new Error(
      `responsiveness: ${templatesPerPage} edits, ${SAME_LENGTH_TEMPLATES} templates`,
    );
  return {
    dtypes,
    sizes,
    reps,
    ceilingTokens: (env.BENCH_CEILING_TOKENS ?? '128,512').split(',').map(Number),
    ceilingRuns: Number(env.BENCH_CEILING_RUNS ?? 5),
  };
}

/** The examples of a cell: the bench's 32 long lines, or generated lines of varied length. */
export function examplesFor(size) {
  return size <= LONG_EXAMPLES.length ? LONG_EXAMPLES.slice(0, size) : variedExamples(size);
}

/** Every figure of the scenario; null when its models cannot be built. */
export async function measureResponsiveness(browser, baseUrl, plan = responsivenessPlan()) {
  if (!plan) return null;
  if (!ensureBenchModel(BERT_BASE_REPO) || !ensureBenchModel(CEILING_REPO)) {
    console.log('  (skipped responsiveness: could not build its models — needs python3-torch)');
    return null;
  }
  const tokenizer = await loadBenchTokenizer(BERT_BASE_REPO);
  const mirror = await startHubMirror({ root: BENCH_MODELS_ROOT });
  try {
    const ceiling = {};
    const cells = [];
    for (const dtype of plan.dtypes) {
      // The ceiling first, while no app page runs beside it.
      // The ceiling before and after the app's pages, never beside them; on a shared machine a
      // busy moment only lowers a timing, so the faster of the two is the ceiling.
      console.log(`  responsiveness: ${dtype} MatMul ceiling…`);
      const ceilingBefore = await measureCeiling(browser, baseUrl, mirror.url, dtype, plan);
      const byMode = {};
      for (const [mode, query] of Object.entries(MODES))
        byMode[mode] = await measureMode(browser, baseUrl, mirror.url, dtype, query, mode, plan);
      console.log(`  responsiveness: ${dtype} MatMul ceiling again…`);
      const ceilingAfter = await measureCeiling(browser, baseUrl, mirror.url, dtype, plan);
      ceiling[dtype] = {
        ...ceilingAfter,
        before: ceilingBefore.timings,
        best: [ceilingBefore.best, ceilingAfter.best].reduce(faster),
      };
      for (const size of plan.sizes) {
        const [baseline, chunked] = [byMode.baseline[size], byMode.chunked[size]];
        const examples = examplesFor(size);
        const meanTokens = median(
          chunked.singles.map((s) => meanTokensPerExample(tokenizer, s.template, examples)),
        );
        const ceilingExamplesPerSecond = ceiling[dtype].best.tokensPerSecond / meanTokens;
        const summary = (m) => summarise(m, size, ceilingExamplesPerSecond);
        const [before, after] = [summary(baseline), summary(chunked)];
        cells.push({
          dtype,
          examples: size,
          meanTokensPerExample: meanTokens,
          ceilingExamplesPerSecond,
          baseline: before,
          chunked: after,
          ratios: {
            firstRow: ratio(before.single.firstRowMedianMs, after.single.firstRowMedianMs),
            lastRow: ratio(before.single.lastRowMedianMs, after.single.lastRowMedianMs),
            burst: ratio(before.burst.lastRowMedianMs, after.burst.lastRowMedianMs),
          },
        });
      }
    }
    return { burstEdits: BURST_EDITS, burstGapMs: BURST_GAP_MS, ceiling, cells };
  } finally {
    await mirror.close();
  }
}

/** The ceiling model's speed in `dtype` at each token count, and the best of them. */
async function measureCeiling(browser, baseUrl, hubUrl, dtype, plan) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/bench/ceiling.html`);
    const result = await page.evaluate((request) => window.runCeilingBench(request), {
      modelUrl: `${hubUrl}/${CEILING_REPO}/resolve/main/${modelFile(dtype)}`,
      tokenCounts: plan.ceilingTokens,
      runs: plan.ceilingRuns,
    });
    return { ...result, best: result.timings.reduce(faster) };
  } finally {
    await page.close();
  }
}

/** The faster of two ceiling timings. */
const faster = (a, b) => (b.tokensPerSecond > a.tokensPerSecond ? b : a);

/** One mode (baseline or chunked) in one fresh page: every size, singles then bursts. */
async function measureMode(browser, baseUrl, hubUrl, dtype, query, mode, plan) {
  const page = await browser.newPage();
  try {
    await openBertBase(page, baseUrl, hubUrl, dtype, query);
    const runtime = await page.getByRole('status', { name: 'Runtime' }).textContent();
    let nextTemplate = 0;
    const bySize = {};
    for (const size of plan.sizes) {
      const reps = plan.reps(dtype, size);
      console.log(`  responsiveness: ${dtype}, ${mode}, ${size} examples…`);
      await fillExamples(page, examplesFor(size), 900_000);
      const singles = [];
      for (let r = 0; r < reps.single; r++)
        singles.push(await timedTemplateEdits(page, [sameLengthTemplate(nextTemplate++)]));
      const bursts = [];
      for (let r = 0; r < (mode === 'baseline' ? reps.baselineBurst : reps.burst); r++) {
        const templates = Array.from({ length: BURST_EDITS }, () =>
          sameLengthTemplate(nextTemplate++),
        );
        bursts.push(await timedTemplateEdits(page, templates));
      }
      bySize[size] = { runtime, singles, bursts };
    }
    return bySize;
  } finally {
    await page.close();
  }
}

/** Times `templates` typed as a burst (one template: a single edit), with the counters it cost. */
async function timedTemplateEdits(page, templates) {
  await pause(page);
  const before = await predictCounters(page);
  const timing = await timedEditsToCurrent(page, 'Template', templates, {
    gapMs: BURST_GAP_MS,
    timeoutMs: 900_000,
  });
  const template = templates[templates.length - 1];
  const check = await tableMatchesTemplate(page, template);
  const counters = countersDelta(before, await predictCounters(page));
  return { template, ...timing, check, counters };
}

/** Medians, the padded share and the speed against the ceiling of one mode's measurements. */
function summarise({ runtime, singles, bursts }, size, ceilingExamplesPerSecond) {
  const medianOf = (list, key) => median(list.map((m) => m[key]));
  const sum = (key) =>
    singles.every((s) => s.counters) ? singles.reduce((n, s) => n + s.counters[key], 0) : null;
  const [tokens, padded, sequences] = [sum('tokens'), sum('paddedTokens'), sum('sequencesRun')];
  const lastRowMedianMs = medianOf(singles, 'lastRowMs');
  const examplesPerSecond = (size * 1000) / lastRowMedianMs;
  return {
    runtime,
    reps: { single: singles.length, burst: bursts.length },
    rowsMarked: singles.every((s) => s.rowsMarked),
    single: {
      firstRowMedianMs: medianOf(singles, 'firstRowMs'),
      lastRowMedianMs,
      firstRowMs: singles.map((s) => s.firstRowMs),
      lastRowMs: singles.map((s) => s.lastRowMs),
    },
    burst: {
      lastRowMedianMs: medianOf(bursts, 'lastRowMs'),
      fromLastEditMedianMs: medianOf(bursts, 'fromLastEditMs'),
      lastRowMs: bursts.map((b) => b.lastRowMs),
      fromLastEditMs: bursts.map((b) => b.fromLastEditMs),
      // When the last edit went in (planned: 4 × 150 ms); a busy main thread delays the timers.
      lastEditAtMs: bursts.map((b) => b.editsAtMs[b.editsAtMs.length - 1]),
      ratioToSingle: ratio(medianOf(bursts, 'lastRowMs'), lastRowMedianMs),
      // Sequences run per burst, in units of the examples (1 = one full prediction's work).
      runsOfWork: bursts.every((b) => b.counters)
        ? median(bursts.map((b) => b.counters.sequencesRun / size))
        : null,
      superseded: bursts.every((b) => b.counters)
        ? median(bursts.map((b) => b.counters.superseded))
        : null,
    },
    // Every measured table was the final one for its last template.
    allMatched: [...singles, ...bursts].every(
      (m) =>
        m.check.templateInBox &&
        !m.check.busy &&
        m.check.outdatedRows === 0 &&
        m.check.previewMatches !== false,
    ),
    paddedShare: tokens === null ? null : padded / (tokens + padded),
    tokensPerSequence: tokens === null ? null : tokens / sequences,
    examplesPerSecond,
    ceilingShare: examplesPerSecond / ceilingExamplesPerSecond,
    measurements: { singles, bursts },
  };
}
