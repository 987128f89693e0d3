import { describe, expect, it } from 'vitest';
import { argmax, softmax, topK } from './softmax';

describe('softmax', () => {
  it('is stable for large logits and sums to 1', () => {
    const p = softmax(new Float32Array([1000, 1001, 1002]));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p[2]).toBeCloseTo(Math.exp(2) / (1 + Math.exp(1) + Math.exp(2)), 6);
  });

  it('reads one row of a larger buffer', () => {
    const p = softmax(new Float32Array([9, 9, 0, Math.log(3)]), 2, 2);
    expect(Array.from(p)).toEqual([expect.closeTo(0.25, 6), expect.closeTo(0.75, 6)]);
  });
});

describe('topK and argmax', () => {
  it('returns the largest entries, largest first', () => {
    expect(topK(new Float32Array([0.1, 0.5, 0.2, 0.9, 0.3]), 3)).toEqual([
      [3, expect.closeTo(0.9, 6)],
      [1, expect.closeTo(0.5, 6)],
      [4, expect.closeTo(0.3, 6)],
    ]);
    expect(argmax([0.2, 0.7, 0.1])).toBe(1);
  });
});
