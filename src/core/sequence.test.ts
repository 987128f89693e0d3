import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assembleSequence, splitTextBudget, type TokenizedSegment } from './sequence';

const special = { prefix: [101], suffix: [102], mask: 103 };

describe('assembleSequence', () => {
  it('wraps text, template and mask in the special tokens and finds the mask', () => {
    const result = assembleSequence(
      [
        { kind: 'text', ids: [1, 2, 3] },
        { kind: 'literal', ids: [7, 8] },
        { kind: 'mask' },
        { kind: 'literal', ids: [9] },
      ],
      special,
      16,
    );
    expect(result).toEqual({
      ids: [101, 1, 2, 3, 7, 8, 103, 9, 102],
      maskIndices: [6],
      truncatedTokens: 0,
    });
  });

  it('cuts only the text, from its end, when the sequence is too long', () => {
    const result = assembleSequence(
      [{ kind: 'literal', ids: [7] }, { kind: 'text', ids: [1, 2, 3, 4, 5] }, { kind: 'mask' }],
      special,
      6,
    );
    expect(result).toEqual({ ids: [101, 7, 1, 2, 103, 102], maskIndices: [4], truncatedTokens: 3 });
  });

  it('refuses a template that does not fit even without text', () => {
    const result = assembleSequence(
      [{ kind: 'literal', ids: [7, 8, 9] }, { kind: 'text', ids: [1] }, { kind: 'mask' }],
      special,
      5,
    );
    expect(result).toEqual({ error: 'templateTooLong', templateTokens: 6, maxLength: 5 });
  });

  it('writes the mask as several consecutive masks for multi-piece label words', () => {
    const result = assembleSequence(
      [{ kind: 'text', ids: [1, 2, 3, 4] }, { kind: 'literal', ids: [7] }, { kind: 'mask' }],
      special,
      7,
      3,
    );
    expect(result).toEqual({
      ids: [101, 1, 7, 103, 103, 103, 102],
      maskIndices: [3, 4, 5],
      truncatedTokens: 3,
    });
  });
});

describe('assembleSequence with soft tokens', () => {
  const soft = (index: number): TokenizedSegment => ({ kind: 'soft', index });

  it('gives each soft token one position holding its fill id and reports where they sit', () => {
    const segments: TokenizedSegment[] = [
      { kind: 'text', ids: [1, 2] },
      soft(0),
      soft(1),
      { kind: 'mask' },
      { kind: 'literal', ids: [9] },
    ];
    expect(assembleSequence(segments, special, 16, 1, [50, 51])).toEqual({
      ids: [101, 1, 2, 50, 51, 103, 9, 102],
      maskIndices: [5],
      truncatedTokens: 0,
      softIndices: [3, 4],
    });
    // Unfilled: the mask id, a token that stands for no word.
    expect(assembleSequence(segments, special, 16)).toMatchObject({
      ids: [101, 1, 2, 103, 103, 103, 9, 102],
      softIndices: [3, 4],
    });
  });

  it('counts soft tokens as template: the text is cut for them, never they', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 200, max: 299 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 3, max: 40 }),
        (text, softCount, maxLength) => {
          const fill = Array.from({ length: softCount }, (_, i) => 500 + i);
          const segments: TokenizedSegment[] = [
            { kind: 'text', ids: text },
            ...fill.map((_, i) => soft(i)),
            { kind: 'mask' },
          ];
          const result = assembleSequence(segments, special, maxLength, 1, fill);
          if ('error' in result) {
            expect(result.templateTokens).toBe(3 + softCount);
            return;
          }
          expect(result.ids.length).toBeLessThanOrEqual(maxLength);
          expect((result.softIndices ?? []).map((i) => result.ids[i])).toEqual(fill);
          expect(result.truncatedTokens).toBe(text.length - (result.ids.length - 3 - softCount));
        },
      ),
    );
  });
});

/** The rule as a loop, token by token: the longer text loses one, the second text on ties. */
function loopBudget(a: number, b: number, budget: number): [number, number] {
  let [x, y] = [a, b];
  while (x + y > budget) {
    if (x > y) x--;
    else y--;
  }
  return [x, y];
}

describe('two texts ({text} and {text_b})', () => {
  const pair = (a: number[], b: number[]) => [
    { kind: 'text' as const, ids: a },
    { kind: 'literal' as const, ids: [7] },
    { kind: 'mask' as const },
    { kind: 'literal' as const, ids: [8] },
    { kind: 'textB' as const, ids: b },
  ];

  it('puts both texts where the template says when they fit', () => {
    expect(assembleSequence(pair([1, 2], [3, 4]), special, 16)).toEqual({
      ids: [101, 1, 2, 7, 103, 8, 3, 4, 102],
      maskIndices: [4],
      truncatedTokens: 0,
    });
  });

  it('cuts the longer text first, from its end', () => {
    // 4 fixed tokens ([CLS] 7 [MASK] 8 … [SEP] is 5), budget 10 - 5 = 5: b keeps 2, a keeps 3.
    expect(assembleSequence(pair([1, 2, 3, 4, 5, 6], [11, 12]), special, 10)).toEqual({
      ids: [101, 1, 2, 3, 7, 103, 8, 11, 12, 102],
      maskIndices: [5],
      truncatedTokens: 3,
    });
    expect(assembleSequence(pair([1], [11, 12, 13, 14, 15, 16]), special, 9)).toEqual({
      ids: [101, 1, 7, 103, 8, 11, 12, 13, 102],
      maskIndices: [3],
      truncatedTokens: 3,
    });
  });

  it('agrees with the token-by-token rule for any lengths and budget', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.nat(400), (a, b, budget) => {
        expect(splitTextBudget(a, b, budget)).toEqual(loopBudget(a, b, budget));
      }),
    );
  });

  it('never cuts the template or the masks, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 200, max: 299 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 200, max: 299 }), { maxLength: 60 }),
        fc.integer({ min: 5, max: 80 }),
        fc.integer({ min: 1, max: 3 }),
        (a, b, maxLength, masks) => {
          const result = assembleSequence(pair(a, b), special, maxLength, masks);
          if ('error' in result) return;
          expect(result.ids.length).toBeLessThanOrEqual(maxLength);
          expect(result.ids.filter((id) => id === 103)).toHaveLength(masks);
          expect(result.ids.filter((id) => id === 7 || id === 8)).toEqual([7, 8]);
          // Kept text tokens: all but [CLS], [SEP], the two literals and the masks.
          expect(result.truncatedTokens).toBe(
            a.length + b.length - (result.ids.length - 4 - masks),
          );
        },
      ),
    );
  });
});
