import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, templateKey } from './template';

describe('parseTemplate', () => {
  it('splits the default template into text, literal, mask and literal', () => {
    const parsed = parseTemplate('{text} It was [MASK].');
    expect(parsed).toEqual({
      ok: true,
      segments: [
        { kind: 'text' },
        { kind: 'literal', text: ' It was ' },
        { kind: 'mask' },
        { kind: 'literal', text: '.' },
      ],
    });
  });

  it.each([
    ['', [{ code: 'empty' }]],
    ['   ', [{ code: 'empty' }]],
    ['{text} It was good.', [{ code: 'noMask' }]],
    ['{text} [MASK] and [MASK].', [{ code: 'multipleMasks', count: 2 }]],
    ['It was [MASK].', [{ code: 'noText' }]],
    ['{text} {text} [MASK]', [{ code: 'multipleTexts', count: 2 }]],
    [
      '{sentence} It was [MASK].',
      [{ code: 'unknownPlaceholder', name: 'sentence' }, { code: 'noText' }],
    ],
  ])('flags %j', (source, issues) => {
    expect(parseTemplate(source)).toEqual({ ok: false, issues });
  });

  it('treats a lower-case [mask] as plain text, not as the mask', () => {
    expect(parseTemplate('{text} It was [mask].')).toEqual({
      ok: false,
      issues: [{ code: 'noMask' }],
    });
  });
});

describe('renderTemplate', () => {
  it('fills in the text and the model’s own mask token', () => {
    const parsed = parseTemplate('Review: {text} Overall, [MASK]!');
    if (!parsed.ok) throw new Error('expected a valid template');
    expect(renderTemplate(parsed.segments, 'Loved it.', '<mask>')).toBe(
      'Review: Loved it. Overall, <mask>!',
    );
    expect(templateKey(parsed.segments)).toBe('Review: {text} Overall, [MASK]!');
  });
});
