import { describe, expect, it } from 'vitest';
import { wordOfToken, wordTokens } from './wordTokens';

describe('wordOfToken', () => {
  it('WordPiece: whole words yes; continuation pieces, punctuation, digits and slots no', () => {
    expect(wordOfToken('great', false)).toBe('great');
    expect(wordOfToken('好', false)).toBe('好');
    expect(wordOfToken('##ly', false)).toBeNull();
    expect(wordOfToken('.', false)).toBeNull();
    expect(wordOfToken('1990', false)).toBeNull();
    expect(wordOfToken('[unused12]', false)).toBeNull();
    expect(wordOfToken("don't", false)).toBeNull();
  });

  it('byte-level BPE and SentencePiece: only tokens with the word-start marker', () => {
    expect(wordOfToken('Ġgreat', true)).toBe('great');
    expect(wordOfToken('▁great', true)).toBe('great');
    expect(wordOfToken('great', true)).toBeNull();
    expect(wordOfToken('Ġ.', true)).toBeNull();
    expect(wordOfToken('Ġ', true)).toBeNull();
  });
});

describe('wordTokens', () => {
  it('keeps the proposable tokens with their ids and never a special token', () => {
    const vocab = ['[PAD]', '[CLS]', 'good', '##s', ',', 'bad', '[MASK]'];
    const special = new Set([0, 1, 6]);
    expect(wordTokens(vocab, (id) => special.has(id), false)).toEqual([
      { id: 2, word: 'good' },
      { id: 5, word: 'bad' },
    ]);
  });
});
