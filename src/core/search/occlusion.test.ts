import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, templateKey, type TemplateSegment } from '../template';
import {
  occlusionDrops,
  splitWords,
  templateVariants,
  textVariants,
  withoutWord,
} from './occlusion';

function segments(template: string): TemplateSegment[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(template);
  return parsed.segments;
}

describe('splitWords', () => {
  it('splits at whitespace, keeps attached punctuation, gives each CJK character its own word', () => {
    expect(splitWords('  A moving, film. ').map((w) => w.word)).toEqual(['A', 'moving,', 'film.']);
    expect(splitWords('A - B').map((w) => w.word)).toEqual(['A', '-', 'B']);
    expect(splitWords('这部电影很好。').map((w) => w.word)).toEqual([
      '这',
      '部',
      '电',
      '影',
      '很',
      '好',
      '。',
    ]);
    expect(splitWords('BERT模型ok')).toEqual([
      { word: 'BERT', start: 0, end: 4 },
      { word: '模', start: 4, end: 5 },
      { word: '型', start: 5, end: 6 },
      { word: 'ok', start: 6, end: 8 },
    ]);
  });
});

describe('text variants', () => {
  it('removes one word at a time and tidies the whitespace', () => {
    expect(textVariants('Smart, funny  and warm.').variants).toEqual([
      'funny  and warm.',
      'Smart, and warm.',
      'Smart, funny  warm.',
      'Smart, funny  and',
    ]);
    expect(textVariants('很好').variants).toEqual(['好', '很']);
    // Without 好, "abc" and "def" would touch and read as one word.
    expect(textVariants('abc好def').variants).toEqual(['好def', 'abc def', 'abc好']);
  });

  const alphabet = fc.constantFrom(
    'a',
    'b',
    'Z',
    '.',
    ',',
    '-',
    ' ',
    '  ',
    '\t',
    '\n',
    '好',
    '的',
    'カ',
    '😀',
  );
  const texts = fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join(''));

  it('removing word i leaves exactly the other words, in order (property)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = splitWords(text);
        words.forEach((_, i) => {
          const rest = splitWords(withoutWord(text, words, i)).map((w) => w.word);
          expect(rest).toEqual(words.filter((_, j) => j !== i).map((w) => w.word));
        });
      }),
    );
  });

  it('word ranges are in order, match their words and cover every non-space character (property)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = splitWords(text);
        const covered = new Array<boolean>(text.length).fill(false);
        let previousEnd = 0;
        for (const w of words) {
          expect(w.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(w.start, w.end)).toBe(w.word);
          expect(w.word).not.toMatch(/\s/);
          for (let i = w.start; i < w.end; i++) covered[i] = true;
          previousEnd = w.end;
        }
        for (let i = 0; i < text.length; i++)
          if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(true);
      }),
    );
  });
});

describe('template variants', () => {
  it('removes each literal word, never {text} or [MASK], and keeps them apart', () => {
    const { words, variants } = templateVariants(segments('{text}. It was [MASK].'));
    expect(words.map((w) => w.word)).toEqual(['.', 'It', 'was', '.']);
    expect(variants.map(templateKey)).toEqual([
      '{text} It was [MASK].',
      '{text}. was [MASK].',
      '{text}. It [MASK].',
      '{text}. It was [MASK]',
    ]);
  });

  it('drops a literal left empty', () => {
    const { variants } = templateVariants(segments('Review: {text} [MASK]'));
    expect(variants.map(templateKey)).toEqual(['{text} [MASK]']);
    expect(variants[0]).toEqual([
      { kind: 'text' },
      { kind: 'literal', text: ' ' },
      { kind: 'mask' },
    ]);
  });

  it('has no words for a template of placeholders only', () => {
    expect(templateVariants(segments('{text}[MASK]')).words).toEqual([]);
  });
});

describe('occlusionDrops', () => {
  it('computes full − variant for the predicted class (hand-computed)', () => {
    // "not very good": predicted class 1 (0.7); without each word it becomes 0.2, 0.65, 0.9.
    const result = occlusionDrops(
      [0.3, 0.7],
      [
        [0.8, 0.2],
        [0.35, 0.65],
        [0.1, 0.9],
      ],
      [[0.4, 0.6]],
      null,
    );
    expect(result.predicted).toBe(1);
    expect(result.probability).toBe(0.7);
    expect(result.textDrops[0]).toBeCloseTo(0.5, 12);
    expect(result.textDrops[1]).toBeCloseTo(0.05, 12);
    expect(result.textDrops[2]).toBeCloseTo(-0.2, 12);
    expect(result.templateDrops[0]).toBeCloseTo(0.1, 12);
  });

  it('calibrates the full input and every variant with the same prior first', () => {
    // Prior [0.8, 0.2]: full [0.6, 0.4] → [0.75, 2] / 2.75 → class 1, 8/11.
    // Variant [0.9, 0.1] → [1.125, 0.5] / 1.625 → class 1 at 4/13.
    const result = occlusionDrops([0.6, 0.4], [[0.9, 0.1]], [], [0.8, 0.2]);
    expect(result.predicted).toBe(1);
    expect(result.probability).toBeCloseTo(8 / 11, 12);
    expect(result.textDrops[0]).toBeCloseTo(8 / 11 - 4 / 13, 12);
    expect(result.templateDrops).toEqual([]);
  });
});
