/**
 * What each search method of issue #12 does to accuracy on public datasets (SST-2, CR, SUBJ,
 * TREC): k = 16 labelled rows per class are the search's rows (5 seeds), a fixed sample of other
 * rows is the test. Runs the app's own runner and search code in Node (onnxruntime-node) on the
 * bundled model; prints a table and writes bench/results/search-accuracy.json.
 *
 *   npm run bench:search-accuracy            (BENCH_EVAL_ROWS, BENCH_SEEDS, BENCH_SETS to vary)
 */
import { it } from 'vitest';
import type { MaskedLmRunner } from '../../src/runtime/maskedLmRunner';
import { servedRunner, servedTokenizer } from '../../src/runtime/nodeModels.testing';
import { evaluationSample, fewShotSample, readRows, SETS } from './datasets';
import { METHODS, type MethodContext } from './methods';
import { loadNow, mean, sd, writeReport } from './report';

const MODEL = 'cloze-lab-en';
const K = 16;
const SEEDS = Number(process.env.BENCH_SEEDS ?? 5);
const EVAL_ROWS = Number(process.env.BENCH_EVAL_ROWS ?? 500);
const ONLY_SETS = process.env.BENCH_SETS?.split(',') ?? null;

async function loadRunner(): Promise<MaskedLmRunner> {
  return servedRunner(MODEL, await servedTokenizer(MODEL), { threads: 2 });
}

it('search methods on SST-2, CR, SUBJ and TREC', async () => {
  const runner = await loadRunner();
  const loadBefore = loadNow();
  const table: Array<Record<string, string | number>> = [];
  for (const set of SETS.filter((s) => !ONLY_SETS || ONLY_SETS.includes(s.name))) {
    const rows = readRows(set);
    const evaluation = evaluationSample(rows, EVAL_ROWS);
    const perMethod = new Map<string, { accuracy: number[]; searchMs: number[] }>();
    for (let seed = 1; seed <= SEEDS; seed++) {
      const train = fewShotSample(rows, set.classNames.length, K, seed, evaluation);
      const context: MethodContext = { runner, set, train, evaluation, seed };
      for (const method of METHODS) {
        const started = performance.now();
        const outcome = await method.run(context);
        const entry = perMethod.get(method.name) ?? { accuracy: [], searchMs: [] };
        entry.accuracy.push(outcome.accuracy);
        entry.searchMs.push(outcome.searchMs ?? performance.now() - started);
        perMethod.set(method.name, entry);
      }
    }
    for (const [name, { accuracy, searchMs }] of perMethod)
      table.push({
        set: set.name,
        method: name,
        accuracy: Number(mean(accuracy).toFixed(3)),
        sd: Number(sd(accuracy).toFixed(3)),
        searchMsMedian: Math.round([...searchMs].sort((a, b) => a - b)[searchMs.length >> 1] ?? 0),
      });
  }
  console.table(table);
  writeReport('search-accuracy', loadBefore, {
    model: MODEL,
    k: K,
    seeds: SEEDS,
    evaluationRows: EVAL_ROWS,
    table,
  });
});
