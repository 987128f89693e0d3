import { describe, expect, it } from 'vitest';
import { randomStartVectors, startVectors } from './softPromptTrainer';

// Three tokens, width 2: rows (1, 2), (3, 4), (5, 6).
const table = { vocabSize: 3, hiddenSize: 2, vectors: Float32Array.of(1, 2, 3, 4, 5, 6) };

describe('soft vectors to start from', () => {
  it("copies the chosen tokens' embedding rows", () => {
    const vectors = startVectors([2, 0], table);
    expect(vectors.map((v) => [...v])).toEqual([
      [5, 6],
      [1, 2],
    ]);
    vectors[0]?.fill(0);
    expect(table.vectors[4]).toBe(5);
    expect(() => startVectors([3], table)).toThrow(/outside the vocabulary/);
  });

  it('draws seeded random vectors on the scale of the table', () => {
    const big = {
      vocabSize: 1000,
      hiddenSize: 8,
      vectors: Float32Array.from({ length: 8000 }, (_, i) => 3 + ((i * 7919) % 101) / 50 - 1),
    };
    const a = randomStartVectors(500, big, 7);
    expect(a.map((v) => [...v])).toEqual(randomStartVectors(500, big, 7).map((v) => [...v]));
    expect(a[0]).not.toEqual(randomStartVectors(500, big, 8)[0]);
    const values = a.flatMap((v) => [...v]);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = (xs: number[]) => {
      const m = mean(xs);
      return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    };
    const tableValues = [...big.vectors];
    expect(mean(values)).toBeCloseTo(mean(tableValues), 1);
    expect(sd(values) / sd(tableValues)).toBeGreaterThan(0.9);
    expect(sd(values) / sd(tableValues)).toBeLessThan(1.1);
  });
});
