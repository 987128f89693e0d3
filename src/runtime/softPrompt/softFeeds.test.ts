import { describe, expect, it } from 'vitest';
import { softFeeds } from './softFeeds';

describe('softFeeds', () => {
  const sequences = [{ softIndices: [1, 2] }, {}, { softIndices: [0, 3] }];
  const vectors = [Float32Array.of(1, 2), Float32Array.of(3, 4)];

  it("puts vector j at row r's softIndices[j] and marks only those positions", () => {
    const { positions, embeds } = softFeeds(sequences, 4, vectors, 2);
    expect([...positions]).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect([...embeds]).toEqual([
      ...[0, 0, 1, 2, 3, 4, 0, 0],
      ...[0, 0, 0, 0, 0, 0, 0, 0],
      ...[1, 2, 0, 0, 0, 0, 3, 4],
    ]);
  });

  it('replaces nothing without vectors', () => {
    const { positions, embeds } = softFeeds(sequences, 4, null, 2);
    expect(positions.every((p) => p === 0)).toBe(true);
    expect(embeds).toHaveLength(3 * 4 * 2);
    expect(embeds.every((v) => v === 0)).toBe(true);
  });

  it('refuses a vector of the wrong width', () => {
    expect(() => softFeeds(sequences, 4, [Float32Array.of(1)], 2)).toThrow(/1 values/);
  });
});
