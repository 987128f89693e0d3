import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { START_WORD_LISTS, softStartIds } from './startWords';

const UNK = 100;
const MASK = 103;
/** A toy tokenizer that knows the words of `known`, one id each (200 + position). */
function encoderOf(known: readonly string[]) {
  return (word: string) => {
    const at = known.indexOf(word);
    return at < 0 ? [UNK] : [200 + at];
  };
}

describe('soft-token start words', () => {
  it('uses the English words where the tokenizer knows them, cycled', () => {
    const english = START_WORD_LISTS[0] ?? [];
    expect(softStartIds(6, ' .', encoderOf(english), UNK, MASK)).toEqual([
      200, 201, 202, 203, 200, 201,
    ]);
  });

  it('falls to the Chinese words on a Chinese vocabulary, and to the mask when nothing fits', () => {
    const chinese = START_WORD_LISTS[1] ?? [];
    expect(softStartIds(4, ' .', encoderOf(chinese), UNK, MASK)).toEqual([200, 201, 202, 203]);
    expect(softStartIds(2, '', encoderOf([]), UNK, MASK)).toEqual([MASK, MASK]);
  });

  it('tries the Chinese words first for a Chinese template on a vocabulary that knows both', () => {
    const both = [...(START_WORD_LISTS[0] ?? []), ...(START_WORD_LISTS[1] ?? [])];
    expect(softStartIds(4, '。', encoderOf(both), UNK, MASK)).toEqual([204, 205, 206, 207]);
    expect(softStartIds(4, ' .', encoderOf(both), UNK, MASK)).toEqual([200, 201, 202, 203]);
  });

  it('gives exactly one id per soft token', () => {
    fc.assert(
      fc.property(fc.nat(40), (count) => {
        expect(
          softStartIds(count, '', encoderOf(START_WORD_LISTS[0] ?? []), UNK, MASK),
        ).toHaveLength(count);
      }),
    );
  });
});
