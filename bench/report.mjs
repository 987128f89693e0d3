// The bench's report: one line per figure on stdout (label, value, note), and every figure in
// bench/results/latest.json for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ratio } from './lib/stats.mjs';

const row = (label, value, note = '') =>
  console.log(`  ${label.padEnd(46)}${value.padStart(10)}   ${note}`);
const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const times = (x, digits = 2) => `${x.toFixed(digits)}×`;

/** A scenario that threw is reported as such, and its section is skipped. */
function failed(title, section) {
  if (!section?.error) return false;
  console.log(`  ${title}: FAILED — ${section.error}`);
  return true;
}

/** The first-visit lines (also printed alone by `npm run bench:first-visit`). */
export function printFirstVisit({ coldStart, coldStartBaseline, coldStartWarmBrowser }) {
  const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
  row(
    'first prediction, first visit (median)',
    ms(coldStart.median, 0),
    `target ≤ 2000 ms; fresh browser + profile each, from outside: ${list(coldStart.times)} ms`,
  );
  row(
    '  same visits, read in the page',
    ms(coldStart.inPageMedian, 0),
    `${list(coldStart.inPage)} ms`,
  );
  row(
    '  new context in a warm browser (earlier figure)',
    ms(coldStartWarmBrowser.median, 0),
    `${list(coldStartWarmBrowser.times)} ms, read in the page`,
  );
  row(
    '  baseline: ORT asyncify build (?ort=asyncify)',
    ms(coldStartBaseline.median, 0),
    `${list(coldStartBaseline.times)} ms; ratio ${(coldStartBaseline.median / coldStart.median).toFixed(2)}×`,
  );
  console.log(
    `  load average (1, 5, 15 min) after each fresh visit: ${coldStart.loads.join(' | ')}`,
  );
}

function printEdits({ app, baseline }) {
  row(
    'label-word edit → table (median)',
    ms(app.labelWordEditMedianMs),
    'target < 16 ms, no model run',
  );
  row('template edit → table (median)', ms(app.templateEditMedianMs), 'target < 100 ms');
  row(
    'session.run per batch (median)',
    ms(app.sessionRunPerBatchMedianMs),
    `${app.sequencesPerTemplateEdit} sequences per batch`,
  );
  row('bytes copied out per example', kb(app.bytesOutPerExample));
  console.log('  baseline in the same browser: unmodified graph (?head=original)');
  row('  template edit → table (median)', ms(baseline.templateEditMedianMs));
  row('  session.run per batch (median)', ms(baseline.sessionRunPerBatchMedianMs));
  row('  bytes copied out per example', kb(baseline.bytesOutPerExample));
  console.log('  ratios');
  row(
    '  template edit, baseline / mask-row graph',
    times(baseline.templateEditMedianMs / app.templateEditMedianMs),
  );
  row(
    '  bytes out, baseline / mask-row graph',
    times(baseline.bytesOutPerExample / app.bytesOutPerExample, 1),
  );
  row(
    '  template edit / label-word edit (cache)',
    times(app.templateEditMedianMs / app.labelWordEditMedianMs, 1),
  );
}

function printTuning({ tuning, examples }) {
  console.log(`  head tuning on ${examples} examples (30 train), both heads per epoch`);
  if (failed('head tuning', tuning)) return;
  row('  ms per epoch (incl. the pause that lets Stop through)', ms(tuning.msPerEpoch));
  row(
    '  learning curve (k × 5 seeds × 2 heads, cached features)',
    `${(tuning.curveWallMs / 1000).toFixed(2)} s`,
  );
  if (tuning.sst2) {
    console.log(
      `  learning curve on ${tuning.sst2.examples} SST-2 sentences (evaluation: the rest of each split), ${(tuning.sst2.wallMs / 1000).toFixed(1)} s`,
    );
    for (const [k, head, mean, std] of tuning.sst2.rows)
      row(`    k = ${k}, ${head}`, `${mean} ± ${std}`);
  } else console.log('  (SST-2 learning curve skipped: ../shared/data is not there)');
}

function printModelSwitchMemory({ modelSwitchMemory: memory }) {
  if (failed('memory after model switches', memory)) return;
  const { afterFirstLoad, afterFirstSwitch: first, afterLastSwitch: last } = memory;
  console.log(
    `  memory after ${memory.switches} model switches (${memory.models.join(' ↔ ')}, one fresh context, page + workers; switched via ${memory.route})`,
  );
  const line = (label, m) =>
    row(label, mib(m.bytes), `${m.bytes} bytes; workers ${mib(m.workerBytes)}`);
  line(`  after the first load (${afterFirstLoad.model})`, afterFirstLoad);
  line(`  after switch 1 (${first.model})`, first);
  line(`  after switch ${memory.switches} (${last.model})`, last);
  row(
    `  growth, switch 1 → ${memory.switches}, in model sizes`,
    times(memory.growthInModels),
    `${memory.growthBytes} bytes; workers ${times(memory.workerGrowthInModels)}; one model = ${memory.modelBytes} bytes (${memory.models[0]}/onnx/model.onnx); target ≤ 1×`,
  );
}

function printLargeInputEdits({ largeInputEdits: edits }) {
  if (failed('edits with many examples', edits)) return;
  const { large, baseline } = edits;
  console.log(
    `  edits with ${large.examples} examples against ${baseline.examples}, same browser, median of ${edits.rounds} (to the DOM commit)`,
  );
  for (const [edit, name] of [
    ['labelWordEdit', 'label-word edit'],
    ['templateEdit', 'template edit'],
  ])
    for (const view of ['table', 'chart'])
      row(
        `  ${name} → ${view}`,
        ms(large[edit][`${view}MedianMs`], 0),
        `${baseline.examples} examples: ${ms(baseline[edit][`${view}MedianMs`], 0)}; ratio ${times(ratio(large[edit][`${view}MedianMs`], baseline[edit][`${view}MedianMs`]), 1)}`,
      );
}

function printBertBase({ bertBase }) {
  if (!bertBase || failed('BERT-base comparison', bertBase)) return;
  console.log(
    `  BERT-base-shaped model (12 layers, 768 hidden, 30522 vocabulary, random weights), WASM, ${bertBase.examples} examples of ~24 tokens`,
  );
  row(
    '  our worker (batched, mask rows only)',
    `${bertBase.oursExamplesPerSecond.toFixed(2)} ex/s`,
  );
  row(
    "  transformers.js pipeline('fill-mask'), per example",
    `${bertBase.pipelineExamplesPerSecond.toFixed(2)} ex/s`,
  );
  row('  ratio (target ≥ 3×)', times(bertBase.speedup));
  row('  bytes copied out per example (ours)', kb(bertBase.oursBytesOutPerExample));
}

const pct = (x) => (x === null || Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');

function printCeiling(dtype, ceiling) {
  const { best } = ceiling;
  const gflops = (timings) =>
    timings.map((t) => `${t.tokens}: ${t.gflopPerSecond.toFixed(1)}`).join(', ');
  row(
    `  ${dtype} ceiling: encoder MatMuls alone (best)`,
    `${best.tokensPerSecond.toFixed(0)} tok/s`,
    `${best.gflopPerSecond.toFixed(1)} GFLOP/s at ${best.tokens} tokens; GFLOP/s by tokens before the app's pages ${gflops(ceiling.before)}, after ${gflops(ceiling.timings)}; ${ceiling.build}, ${ceiling.threads} thread(s)`,
  );
}

function printResponsivenessCell(cell, burstEdits, burstGapMs) {
  const { baseline: off, chunked: on, ratios } = cell;
  console.log(
    `  ${cell.dtype}, ${cell.examples} examples (~${cell.meanTokensPerExample.toFixed(1)} tokens each); ${on.runtime}; reps: single ${on.reps.single}, burst ${on.reps.burst} (baseline ${off.reps.single}, ${off.reps.burst})`,
  );
  const pair = (label, a, b, r, note = '') =>
    row(label, ms(a, 0), `baseline ${ms(b, 0)}; baseline/now ${times(r)}${note}`);
  pair(
    '    template edit → first row current',
    on.single.firstRowMedianMs,
    off.single.firstRowMedianMs,
    ratios.firstRow,
    on.rowsMarked ? '' : ' (rows not marked data-current: first = last)',
  );
  pair(
    '    template edit → last row current',
    on.single.lastRowMedianMs,
    off.single.lastRowMedianMs,
    ratios.lastRow,
    `; runs ${list(on.single.lastRowMs)} ms`,
  );
  pair(
    `    burst of ${burstEdits}, ${burstGapMs} ms apart → final (from first)`,
    on.burst.lastRowMedianMs,
    off.burst.lastRowMedianMs,
    ratios.burst,
    `; runs ${list(on.burst.lastRowMs)} ms`,
  );
  row(
    '    burst / single edit (target ≤ 1.3×)',
    times(on.burst.ratioToSingle),
    `baseline ${times(off.burst.ratioToSingle)}`,
  );
  row(
    '    burst → final, from the last edit',
    ms(on.burst.fromLastEditMedianMs, 0),
    `baseline ${ms(off.burst.fromLastEditMedianMs, 0)}; last edit went in at ${list(on.burst.lastEditAtMs)} ms (baseline ${list(off.burst.lastEditAtMs)}; planned ${(burstEdits - 1) * burstGapMs})`,
  );
  row(
    '    work per burst (sequences run / examples)',
    on.burst.runsOfWork === null ? 'n/a' : times(on.burst.runsOfWork),
    `baseline ${off.burst.runsOfWork === null ? 'n/a' : times(off.burst.runsOfWork)}; superseded per burst ${on.burst.superseded ?? 'n/a'} (baseline ${off.burst.superseded ?? 'n/a'})`,
  );
  row(
    '    padded share of tokens run',
    pct(on.paddedShare),
    `baseline ${pct(off.paddedShare)}; real tokens per sequence by the counters ${on.tokensPerSequence?.toFixed(1) ?? 'n/a'}`,
  );
  row(
    '    examples/s, single edit',
    `${on.examplesPerSecond.toFixed(2)} ex/s`,
    `${pct(on.ceilingShare)} of the ceiling's ${cell.ceilingExamplesPerSecond.toFixed(2)} ex/s; baseline ${off.examplesPerSecond.toFixed(2)} ex/s (${pct(off.ceilingShare)})`,
  );
  if (!on.allMatched || !off.allMatched)
    console.log(
      `    WARNING: a measured table did not match its last template (now ${on.allMatched}, baseline ${off.allMatched})`,
    );
}

/** Prints the responsiveness scenario's figures (also used by bench/run-responsiveness.mjs). */
export function printResponsiveness({ responsiveness: r }) {
  if (!r || failed('responsiveness', r)) return;
  console.log(
    '  responsiveness: BERT-base-shaped model, WASM; the app against ?chunking=off (one run per request) in the same browser',
  );
  for (const [dtype, ceiling] of Object.entries(r.ceiling)) printCeiling(dtype, ceiling);
  for (const cell of r.cells) printResponsivenessCell(cell, r.burstEdits, r.burstGapMs);
}

/** Prints every figure of a bench run, in the order the README describes them. */
export function printReport(result) {
  console.log(
    `\nCloze Lab bench — ${result.app.runtime}, ${result.examples} examples, ${result.rounds} rounds each`,
  );
  printFirstVisit(result);
  printEdits(result);
  printTuning(result);
  printModelSwitchMemory(result);
  printLargeInputEdits(result);
  printBertBase(result);
  printResponsiveness(result);
  printEvaluation(result);
  printSearch(result);
}

/** Writes the run to bench/results/<name>.json (ignored by git: figures belong to a machine). */
export function writeResults(result, name = 'latest') {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
}

/** The evaluation lines (issue #11; also printed alone by bench/run-evaluation.mjs). */
export function printEvaluation({ evaluation: e }) {
  console.log('\nEvaluation at scale (bundled model, WASM, timed in the page to the DOM)');
  if (!e || failed('evaluation', e)) return;
  const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
  row(
    `import ${e.rows} rows → final metrics (median)`,
    ms(e.importToMetricsMs.median, 0),
    `target < 2000 ms; fresh page each: ${list(e.importToMetricsMs.trials)} ms`,
  );
  row(
    'label-word edit → table commit (median)',
    ms(e.labelWordEdit.tableMedianMs),
    `target < 50 ms, ${e.rows} rows from the cache`,
  );
  row('label-word edit → final metrics (median)', ms(e.labelWordEdit.metricsMedianMs));
  row('compare 10 prompts (edit, evaluate, add)', ms(e.compareTenPromptsMs, 0), 'target < 20 s');
  const t = e.twentyThousand;
  row(
    'memory after importing 20,000 rows',
    mib(t.memoryAfter.bytes),
    `before: ${mib(t.memoryBefore.bytes)}; in workers ${mib(t.memoryAfter.workerBytes)}`,
  );
  row('20,014 rows evaluated', ms(t.evaluateMs, 0), `${t.rowsPerSecond.toFixed(0)} rows/s`);
  if (e.bertBase)
    row(
      `BERT-base q8: ${e.bertBase.rows} rows evaluated`,
      ms(e.bertBase.ms, 0),
      `${e.bertBase.rowsPerSecond.toFixed(1)} rows/s`,
    );
}

/** The search-and-explain lines (issue #12; also printed alone by bench/run-search.mjs). */
export function printSearch({ search: s }) {
  console.log('\nSearch and explain (bundled model, WASM, click → DOM commit)');
  if (!s || failed('search', s)) return;
  const lw = s.labelWords;
  row(
    `Suggest label words, ${s.rows} evaluated rows (median)`,
    ms(lw.medianMs),
    `target < 1000 ms; in the worker ${ms(lw.workerMedianMs)}`,
  );
  if (s.bertBaseLabelWords)
    row(
      'Suggest label words, BERT-base q8 (median)',
      ms(s.bertBaseLabelWords.medianMs),
      `in the worker ${ms(s.bertBaseLabelWords.workerMedianMs)}`,
    );
  row(
    `Suggest templates: ${s.templates.ranked} templates × ${s.rows} rows`,
    ms(s.templates.ms, 0),
    'target < 10 s',
  );
  row(
    'Refine template, one round',
    ms(s.refineOneRound.ms, 0),
    `last step: ${s.refineOneRound.lastStep}`,
  );
  row('Explain prediction (median)', ms(s.explainMedianMs, 0));
  const d = s.demonstrations;
  row(
    'rows/s without → with demonstrations',
    `${d.rowsPerSecondWithout.toFixed(1)} → ${d.rowsPerSecondWith.toFixed(1)}`,
    d.tokensLine,
  );
}
