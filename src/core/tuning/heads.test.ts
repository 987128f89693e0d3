import { describe, expect, it } from 'vitest';
import { scoreVerbalizer } from '../verbalizer';
import { ClsHead, PromptHead, type Head, type TuningExample } from './heads';
import { fewShotSplit, gaussian, seededRandom } from './random';
import { trainHead } from './train';

const HIDDEN = 5;

/** Random examples; label words 0,1 → class 0 and 2 → class 1. */
function examples(count: number, seed: number): TuningExample[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    h: Float32Array.from({ length: HIDDEN }, () => gaussian(random)),
    e: Float32Array.from({ length: HIDDEN }, () => gaussian(random)),
    wordLogits: Float32Array.from({ length: 3 }, () => gaussian(random)),
    label: i % 2,
  }));
}

/** Checks the analytic gradient against central finite differences. */
function checkGradient(head: Head, batch: TuningExample[], l2: number): void {
  const random = seededRandom(7);
  for (let i = 0; i < head.params.length; i++) head.params[i] = 0.3 * gaussian(random);
  const grad = new Float64Array(head.params.length);
  head.lossAndGradient(batch, l2, grad);
  const scratch = new Float64Array(head.params.length);
  const step = 1e-5;
  for (let i = 0; i < head.params.length; i++) {
    const saved = head.params[i] ?? 0;
    head.params[i] = saved + step;
    const up = head.lossAndGradient(batch, l2, scratch);
    head.params[i] = saved - step;
    const down = head.lossAndGradient(batch, l2, scratch);
    head.params[i] = saved;
    expect(Math.abs((up - down) / (2 * step) - (grad[i] ?? 0))).toBeLessThan(1e-6);
  }
}

describe('gradients match finite differences', () => {
  it('prompt head', () =>
    checkGradient(new PromptHead([0, 0, 1], 2, HIDDEN), examples(6, 1), 0.01));
  it('[CLS] head', () => checkGradient(new ClsHead(2, HIDDEN, 3), examples(6, 2), 0.01));
});

describe('prompt head', () => {
  it('with zero steps reproduces the zero-shot verbalizer exactly', () => {
    const vocab = new Float32Array([0.05, 0.3, 0.1, 0.2, 0.35]);
    // label words: ids 1 and 2 for class a, id 3 for class b
    const zeroShot = scoreVerbalizer(
      [vocab],
      [
        { name: 'a', words: [[1], [2]] },
        { name: 'b', words: [[3]] },
      ],
    );
    const head = new PromptHead([0, 0, 1], 2, HIDDEN);
    const example = {
      h: new Float32Array(HIDDEN).fill(0.5),
      e: new Float32Array(HIDDEN),
      wordLogits: Float32Array.from([1, 2, 3].map((id) => Math.log(vocab[id] ?? 0) + 12.3)),
      label: 0,
    };
    head
      .probabilities(example)
      .forEach((p, c) => expect(Math.abs(p - (zeroShot[c] ?? NaN))).toBeLessThan(1e-6));
  });
});

describe('training', () => {
  it('Adam reaches 100% train accuracy on a linearly separable set, for both heads', () => {
    const random = seededRandom(11);
    const direction = Float32Array.from({ length: HIDDEN }, () => gaussian(random));
    const separable = Array.from({ length: 40 }, () => {
      const x = Float32Array.from({ length: HIDDEN }, () => gaussian(random));
      const side = x.reduce((s, v, j) => s + v * (direction[j] ?? 0), 0);
      return { h: x, e: x, wordLogits: new Float32Array(3), label: side > 0 ? 0 : 1 };
    });
    for (const head of [new PromptHead([0, 0, 1], 2, HIDDEN), new ClsHead(2, HIDDEN, 5)]) {
      const records = [
        ...trainHead(head, separable, [], {
          epochs: 200,
          learningRate: 0.05,
          l2: 0,
          batchSize: 8,
          seed: 1,
        }),
      ];
      expect(records.at(-1)?.trainAccuracy, head.kind).toBe(1);
      expect(records.at(-1)?.loss).toBeLessThan(records[0]?.loss ?? 0);
    }
  });

  it('is repeatable with the same seed', () => {
    const data = examples(12, 4);
    const run = () =>
      [
        ...trainHead(new ClsHead(2, HIDDEN, 9), data, [], {
          epochs: 5,
          learningRate: 0.1,
          l2: 0.01,
          batchSize: 4,
          seed: 3,
        }),
      ].map((r) => r.loss);
    expect(run()).toEqual(run());
  });

  it('stops with a clear error when features are not finite', () => {
    const bad = examples(4, 5);
    bad[0]!.h[0] = NaN;
    expect(() => [
      ...trainHead(new PromptHead([0, 0, 1], 2, HIDDEN), bad, [], {
        epochs: 1,
        learningRate: 0.1,
        l2: 0,
        batchSize: 4,
        seed: 1,
      }),
    ]).toThrow(/loss became NaN/);
  });
});

describe('fewShotSplit', () => {
  it('samples k per class with a seed and keeps the rest for evaluation', () => {
    const labels = [0, 1, 0, 1, 0, 1, -1, 0];
    const split = fewShotSplit(labels, ['pos', 'neg'], 2, 42);
    if (!split.ok) throw new Error('expected a split');
    expect(split.train).toHaveLength(4);
    expect(split.evaluation.every((i) => !split.train.includes(i) && (labels[i] ?? -1) >= 0)).toBe(
      true,
    );
    expect(fewShotSplit(labels, ['pos', 'neg'], 2, 42)).toEqual(split);
  });

  it('refuses a k that leaves a class without an evaluation example', () => {
    expect(fewShotSplit([0, 1, 0, 1], ['pos', 'neg'], 2, 1)).toEqual({
      ok: false,
      reason: 'tooFewExamples',
      className: 'pos',
      available: 2,
      needed: 3,
    });
  });
});
