import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, goldIndices } from './metrics';

describe('goldIndices', () => {
  it('maps labels to class positions; null and unknown labels are unlabelled', () => {
    expect(goldIndices(['pos', null, 'postive', ' neg '], ['pos', 'neg'])).toEqual([0, -1, -1, 1]);
  });
});

describe('accuracy', () => {
  it('counts only labelled examples', () => {
    expect(accuracy([0, 1, 0], [0, -1, 1])).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(accuracy([0], [-1]).value).toBeNull();
  });

  it('does not count a label that names no class as wrong', () => {
    const gold = goldIndices(['pos', 'postive', 'neg'], ['pos', 'neg']);
    expect(accuracy([0, 0, 1], gold)).toEqual({ correct: 2, total: 2, value: 1 });
  });

  it('does not count rows not scored yet (predicted −1)', () => {
    expect(accuracy([0, -1, 1], [0, 0, 0])).toEqual({ correct: 1, total: 2, value: 0.5 });
  });

  it('skips examples the filter leaves out', () => {
    expect(accuracy([0, 1, 1], [0, 0, 1], (i) => i !== 1)).toEqual({
      correct: 2,
      total: 2,
      value: 1,
    });
  });

  it('is the share of labelled examples predicted right, for any labels', () => {
    const rows = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -1, max: 3 })),
    );
    fc.assert(
      fc.property(rows, (pairs) => {
        const { correct, total, value } = accuracy(
          pairs.map(([p]) => p),
          pairs.map(([, g]) => g),
        );
        const labelled = pairs.filter(([, g]) => g >= 0);
        expect(total).toBe(labelled.length);
        expect(correct).toBe(labelled.filter(([p, g]) => p === g).length);
        expect(value).toBe(total === 0 ? null : correct / total);
      }),
    );
  });
});
