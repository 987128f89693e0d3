/**
 * fast-check arbitraries of a whole saved workspace, for the schema's property tests: every
 * field takes any value the schema accepts as valid (so reading it back must give it unchanged).
 * Used by tests only.
 */
import fc from 'fast-check';
import type { HistoryRow, SavedHead } from '../tuning/types';
import type { SavedWorkspace } from './schema';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
/** Finite numbers as JSON keeps them (JSON has no -0). */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const accuracy = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const figures = fc.record({
  loss: finite,
  trainAccuracy: accuracy,
  evalAccuracy: fc.option(accuracy),
});

const head: fc.Arbitrary<SavedHead> = fc
  .record({ hidden: fc.nat(3), wordCount: fc.integer({ min: 1, max: 3 }) })
  .chain(({ hidden, wordCount }) =>
    fc.record({
      params: fc.array(finite, {
        minLength: wordCount * (hidden + 1),
        maxLength: wordCount * (hidden + 1),
      }),
      hidden: fc.constant(hidden),
      wordCount: fc.constant(wordCount),
      model: text,
      dtype: fc.constantFrom('fp32', 'q8'),
      fingerprint: text,
      trainKeys: fc.array(text, { maxLength: 4 }),
    }),
  );

const history: fc.Arbitrary<HistoryRow[]> = fc
  .array(fc.record({ prompt: figures, cls: fc.option(figures) }), { maxLength: 4 })
  .map((rows) => rows.map((row, i) => ({ epoch: i + 1, ...row })));

const provenance = fc.record({
  model: text,
  dtype: text,
  fingerprint: text,
  rowsDigest: text,
  template: text,
  labelWords: fc.array(text, { maxLength: 3 }),
  rows: fc.nat(),
});

const modelSource = fc.oneof(
  fc.record({
    kind: fc.constant('bundled' as const),
    name: text,
    dtype: fc.constantFrom('fp32', 'fp16', 'q8', 'q4' as const),
  }),
  fc.record({
    kind: fc.constant('hub' as const),
    repo: fc.constantFrom('Xenova/bert-base-uncased', 'someone/my-model.v2'),
    host: fc.constantFrom('https://huggingface.co', 'http://localhost:8080/mirror'),
    revision: fc.constantFrom('main', 'v1.0'),
    dtype: fc.constantFrom('fp32', 'fp16', 'q8', 'q4' as const),
  }),
);

/** Any valid saved workspace. */
export const arbitraryWorkspace: fc.Arbitrary<SavedWorkspace> = fc
  .record({
    template: text,
    classes: fc.uniqueArray(
      fc.record({ id: text.filter((s) => s !== ''), name: text, labelWords: text }),
      {
        selector: (c) => c.id,
        maxLength: 5,
      },
    ),
    examplesText: fc.string({ unit: 'grapheme', maxLength: 300 }),
    selectedIndex: fc.nat(50),
    labelWordsAfterSpace: fc.boolean(),
    calibration: fc.constantFrom('none', 'contextual', 'batch' as const),
    demonstrations: fc.record({
      enabled: fc.boolean(),
      perClass: fc.integer({ min: 1, max: 4 }),
      sets: fc.integer({ min: 1, max: 8 }),
      sampling: fc.constantFrom('random', 'similar' as const),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
    language: fc.constantFrom('en', 'zh' as const),
    modelSource,
    hubHost: fc.constantFrom(
      'https://huggingface.co',
      'https://hf-mirror.com',
      'http://localhost:9',
    ),
    backend: fc.constantFrom('auto', 'wasm', 'webgpu' as const),
    settings: fc.record({
      shots: finite,
      epochs: finite,
      learningRate: finite,
      l2: finite,
      batchSize: finite,
      seed: finite,
    }),
    head: fc.option(head),
    useTuned: fc.boolean(),
    history,
    historyFor: fc.option(provenance),
    historyRunning: fc.boolean(),
  })
  // The schema's own rules between fields: no "use tuned" without a head, no provenance or
  // running run without a history.
  .map(({ settings, head, useTuned, history, historyFor, historyRunning, ...rest }) => ({
    ...rest,
    tuning: {
      settings,
      head,
      useTuned: head !== null && useTuned,
      history,
      historyFor: history.length > 0 ? historyFor : null,
      historyRunning: history.length > 0 && historyRunning,
    },
  }));
