import { describe, expect, it } from 'vitest';
import { assembleSequence } from './sequence';

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
