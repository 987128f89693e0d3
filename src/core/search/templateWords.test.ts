import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../template';
import { replaceWord, slotProbe, templateWords } from './templateWords';

describe('templateWords', () => {
  it('lists the words of the literal text, never {text} or [MASK]', () => {
    expect(templateWords('{text} It was [MASK].').map((w) => w.word)).toEqual(['It', 'was']);
    expect(templateWords('Review: {text} Overall, [MASK] film!').map((w) => w.word)).toEqual([
      'Review',
      'Overall',
      'film',
    ]);
  });

  it('makes each Han character a word of its own', () => {
    expect(templateWords('{text}总之很[MASK]。').map((w) => w.word)).toEqual(['总', '之', '很']);
  });

  it('finds the words after [P] and {text_b} where they are written', () => {
    const template = '{text} [P] It was [MASK], {text_b} indeed';
    const words = templateWords(template);
    expect(words.map((w) => w.word)).toEqual(['It', 'was', 'indeed']);
    for (const w of words) expect(template.slice(w.start, w.end)).toBe(w.word);
  });

  it('has no words for an invalid template', () => {
    expect(templateWords('no placeholders here')).toEqual([]);
  });

  it('offsets point at the word in the source', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const template = `${before}{text}${after} [MASK]`;
        for (const w of templateWords(template)) {
          expect(template.slice(w.start, w.end)).toBe(w.word);
          expect(w.word).not.toMatch(/^(text|MASK)$/);
        }
      }),
    );
  });
});

describe('replaceWord and slotProbe', () => {
  const template = '{text} It was [MASK].';
  const [it_, was] = templateWords(template);

  it('replaces one word and keeps the rest', () => {
    expect(replaceWord(template, was!, 'seems')).toBe('{text} It seems [MASK].');
    expect(replaceWord(template, it_!, 'This')).toBe('{text} This was [MASK].');
  });

  it('the probe masks the slot and writes the label word where the mask was', () => {
    expect(slotProbe(template, was!, 'great')).toBe('{text} It [MASK] great.');
    expect(parseTemplate(slotProbe(template, it_!, '$&')).ok).toBe(true);
    expect(slotProbe(template, it_!, '$&')).toBe('{text} [MASK] was $&.');
  });
});
