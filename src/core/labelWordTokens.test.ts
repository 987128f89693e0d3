import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupLabelWordPieces } from './labelWordTokens';

describe('groupLabelWordPieces', () => {
  it('keeps the first of same-piece words in a class and points the others at it', () => {
    // great, Great, GREAT → [7]; good → [8]
    const groups = groupLabelWordPieces([[[7], [7], [8], [7]], [[9]]]);
    expect(groups.distinct).toEqual([[[7], [8]], [[9]]]);
    expect(groups.sameAs[0]).toEqual([
      null,
      { classIndex: 0, wordIndex: 0 },
      null,
      { classIndex: 0, wordIndex: 0 },
    ]);
  });

  it('flags the same pieces in two classes on both sides and scores them in both', () => {
    const groups = groupLabelWordPieces([[[7, 3]], [[5], [7, 3]]]);
    expect(groups.distinct).toEqual([[[7, 3]], [[5], [7, 3]]]);
    expect(groups.sameAs).toEqual([
      [{ classIndex: 1, wordIndex: 1 }],
      [null, { classIndex: 0, wordIndex: 0 }],
    ]);
  });

  it('leaves no two equal token sequences within a class, and drops only repeats', () => {
    const pieces = fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 2 }), {
        maxLength: 6,
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(pieces, (classes) => {
        const { distinct } = groupLabelWordPieces(classes);
        distinct.forEach((words, c) => {
          const keys = words.map((w) => w.join(','));
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(keys)).toEqual(new Set(classes[c]?.map((w) => w.join(','))));
        });
      }),
    );
  });
});
