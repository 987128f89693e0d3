import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity, nearestTokens } from './nearestTokens';

// Four 2-d "words": east, north-east (long), north, west.
const vocab = ['east', 'northeast', 'north', 'west'];
const embeddings = Float32Array.from([1, 0, 3, 3, 0, 1, -1, 0]);

describe('nearestTokens', () => {
  it('ranks the vocabulary by cosine similarity, whatever the rows’ lengths', () => {
    const near = nearestTokens([2, 0.1], embeddings, vocab, 2);
    expect(near.map((n) => n.token)).toEqual(['east', 'northeast']);
    expect(near[0]?.similarity).toBeCloseTo(2 / Math.hypot(2, 0.1), 6);
    expect(near[1]?.id).toBe(1);
    expect(nearestTokens([0, -5], embeddings, vocab, 4).map((n) => n.token)).toEqual([
      'east',
      'west',
      'northeast',
      'north',
    ]);
  });

  it('finds a word’s own row first, and agrees with a full sort', () => {
    const row = fc.array(fc.float({ min: -4, max: 4, noNaN: true }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (rows, k) => {
          const table = Float32Array.from(rows.flat());
          const words = rows.map((_, i) => `w${i}`);
          const query = Array.from(table.subarray(0, 3));
          const near = nearestTokens(query, table, words, k);
          const sorted = rows
            .map((r, id) => ({ id, similarity: cosineSimilarity(query, Float32Array.from(r)) }))
            .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
            .slice(0, k);
          expect(near.map((n) => n.similarity)).toEqual(sorted.map((s) => s.similarity));
          if (Math.hypot(...query) > 1e-3) expect(near[0]?.similarity).toBeCloseTo(1, 5);
        },
      ),
    );
  });
});
