import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax } from '../softmax';
import { batchPrior, calibrate, calibrationPrior, contextualPrior } from './calibration';

function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, 12));
}

describe('contextual calibration', () => {
  it('two classes, by hand', () => {
    // p_cf = mean of "N/A" → [0.7, 0.3] and "" → [0.5, 0.5] = [0.6, 0.4].
    const prior = contextualPrior([
      [0.7, 0.3],
      [0.5, 0.5],
    ]);
    expectClose(prior, [0.6, 0.4]);
    // [0.55, 0.45] / [0.6, 0.4] = [11/12, 9/8] = [22/24, 27/24]; sum 49/24 → [22/49, 27/49].
    const calibrated = calibrate([0.55, 0.45], prior);
    expectClose(calibrated, [22 / 49, 27 / 49]);
    // The bias towards class 0 was enough to flip this row.
    expect(argmax([0.55, 0.45])).toBe(0);
    expect(argmax(calibrated)).toBe(1);
  });

  it('three classes, by hand', () => {
    // p_cf = mean([0.5, 0.3, 0.2], [0.3, 0.3, 0.4]) = [0.4, 0.3, 0.3].
    const prior = contextualPrior([
      [0.5, 0.3, 0.2],
      [0.3, 0.3, 0.4],
    ]);
    expectClose(prior, [0.4, 0.3, 0.3]);
    // [0.4, 0.4, 0.2] / p_cf = [1, 4/3, 2/3]; sum 3 → [1/3, 4/9, 2/9].
    expectClose(calibrate([0.4, 0.4, 0.2], prior), [1 / 3, 4 / 9, 2 / 9]);
  });
});

describe('batch calibration', () => {
  it('two classes, by hand', () => {
    const rows = [
      [0.9, 0.1],
      [0.6, 0.4],
      [0.3, 0.7],
    ];
    // Prior = column means = [1.8/3, 1.2/3] = [0.6, 0.4].
    expectClose(batchPrior(rows), [0.6, 0.4]);
    const prior = calibrationPrior('batch', rows, null) ?? [];
    const [a, b, c] = rows.map((r) => calibrate(r, prior));
    // [0.9/0.6, 0.1/0.4] = [1.5, 0.25], sum 1.75 → [6/7, 1/7].
    expectClose(a!, [6 / 7, 1 / 7]);
    // [0.6/0.6, 0.4/0.4] = [1, 1] → [1/2, 1/2].
    expectClose(b!, [0.5, 0.5]);
    // [0.3/0.6, 0.7/0.4] = [0.5, 1.75], sum 2.25 → [2/9, 7/9].
    expectClose(c!, [2 / 9, 7 / 9]);
  });

  it('three classes, by hand', () => {
    const rows = [
      [0.6, 0.3, 0.1],
      [0.2, 0.3, 0.5],
    ];
    // Prior = [0.4, 0.3, 0.3].
    const prior = calibrationPrior('batch', rows, null) ?? [];
    const [a, b] = rows.map((r) => calibrate(r, prior));
    // [0.6/0.4, 0.3/0.3, 0.1/0.3] = [3/2, 1, 1/3] = [9, 6, 2]/6, sum 17/6 → [9, 6, 2]/17.
    expectClose(a!, [9 / 17, 6 / 17, 2 / 17]);
    // [0.2/0.4, 1, 0.5/0.3] = [1/2, 1, 5/3] = [3, 6, 10]/6, sum 19/6 → [3, 6, 10]/19.
    expectClose(b!, [3 / 19, 6 / 19, 10 / 19]);
  });
});

describe('calibrationPrior', () => {
  it('is none for None, and none until what it needs is scored', () => {
    expect(calibrationPrior('none', [[0.9, 0.1]], [[0.5, 0.5]])).toBeNull();
    expect(calibrationPrior('contextual', [[0.9, 0.1]], null)).toBeNull();
    expect(calibrationPrior('contextual', [[0.9, 0.1]], [])).toBeNull();
    expect(calibrationPrior('batch', [[], []], null)).toBeNull();
  });

  it('takes the content-free mean, or the mean of the scored rows only', () => {
    expectClose(
      calibrationPrior(
        'contextual',
        [[0.9, 0.1]],
        [
          [0.7, 0.3],
          [0.5, 0.5],
        ],
      )!,
      [0.6, 0.4],
    );
    // An unscored row ([]) does not pull the batch mean towards 0.
    expectClose(calibrationPrior('batch', [[0.9, 0.1], [], [0.3, 0.7]], null)!, [0.6, 0.4]);
  });
});

describe('calibrate', () => {
  const probability = fc.double({ min: 1e-6, max: 1, noNaN: true });

  it('is the identity under a uniform prior', () => {
    fc.assert(
      fc.property(fc.array(probability, { minLength: 1, maxLength: 8 }), (raw) => {
        const sum = raw.reduce((a, b) => a + b, 0);
        const probs = raw.map((p) => p / sum);
        expectClose(
          calibrate(
            probs,
            probs.map(() => 1 / probs.length),
          ),
          probs,
        );
      }),
    );
  });

  it('against the row itself gives the uniform distribution', () => {
    fc.assert(
      fc.property(fc.array(probability, { minLength: 1, maxLength: 8 }), (probs) => {
        expectClose(
          calibrate(probs, probs),
          probs.map(() => 1 / probs.length),
        );
      }),
    );
  });

  it('always returns a probability vector, whatever the numbers', () => {
    const anything = fc.oneof(fc.double(), fc.constantFrom(0, -1, Infinity, NaN));
    fc.assert(
      fc.property(
        fc.array(anything, { minLength: 1, maxLength: 6 }),
        fc.array(anything, { minLength: 0, maxLength: 6 }),
        (probs, prior) => {
          const out = calibrate(probs, prior);
          expect(out).toHaveLength(probs.length);
          for (const p of out) expect(p >= 0 && p <= 1).toBe(true);
          expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('gives a class with a zero prior probability 0; nothing left → uniform', () => {
    expect(calibrate([0.5, 0.5], [0, 1])).toEqual([0, 1]);
    expect(calibrate([0.5, 0.5], [0, 0])).toEqual([0.5, 0.5]);
    expect(calibrate([0.5, 0.5], [NaN, 0.5])).toEqual([0, 1]);
  });

  it('only renormalises when the prior has the wrong length', () => {
    expectClose(calibrate([2, 6], [0.5]), [0.25, 0.75]);
  });
});
