import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate, renderTemplate, softTokenCount, templateKey, usesTextB } from './template';

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

describe('{text_b}', () => {
  it('parses one {text_b} as the second text’s segment', () => {
    const parsed = parseTemplate('{text} ? [MASK], {text_b}');
    expect(parsed).toEqual({
      ok: true,
      segments: [
        { kind: 'text' },
        { kind: 'literal', text: ' ? ' },
        { kind: 'mask' },
        { kind: 'literal', text: ', ' },
        { kind: 'textB' },
      ],
    });
    if (!parsed.ok) return;
    expect(usesTextB(parsed.segments)).toBe(true);
    expect(renderTemplate(parsed.segments, 'A.', '<mask>', 'B.')).toBe('A. ? <mask>, B.');
    expect(renderTemplate(parsed.segments, 'A.', '<mask>')).toBe('A. ? <mask>, ');
    expect(templateKey(parsed.segments)).toBe('{text} ? [MASK], {text_b}');
  });

  it('refuses a second {text_b}', () => {
    expect(parseTemplate('{text} [MASK] {text_b} {text_b}')).toEqual({
      ok: false,
      issues: [{ code: 'multipleTextsB', count: 2 }],
    });
  });

  /** Literal text that holds no placeholder or mask. */
  const literal = fc.string({ unit: fc.constantFrom('a', ' ', '?', '。', 'x', '[', ']') });

  it('accepts the three slots in any order between any literals and writes them back', () => {
    const slots = ['{text}', '[MASK]', '{text_b}'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(slots, { minLength: 3, maxLength: 3 }),
        fc.array(literal, { minLength: 4, maxLength: 4 }),
        (order, gaps) => {
          const source = gaps.map((g, i) => g + (order[i] ?? '')).join('');
          const parsed = parseTemplate(source);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(templateKey(parsed.segments)).toBe(source);
          expect(parsed.segments.filter((s) => s.kind === 'textB')).toHaveLength(1);
        },
      ),
    );
  });

  it('keeps templates without {text_b} as they were: no textB segment', () => {
    fc.assert(
      fc.property(literal, literal, (a, b) => {
        const parsed = parseTemplate(`${a}{text}${b}[MASK]`);
        expect(parsed.ok && usesTextB(parsed.segments)).toBe(false);
      }),
    );
  });
});

describe('soft tokens [P]', () => {
  it('numbers each [P] in reading order as a soft segment and writes it back as [P]', () => {
    const parsed = parseTemplate('{text} [P] [P][MASK].');
    expect(parsed).toEqual({
      ok: true,
      segments: [
        { kind: 'text' },
        { kind: 'literal', text: ' ' },
        { kind: 'soft', index: 0 },
        { kind: 'literal', text: ' ' },
        { kind: 'soft', index: 1 },
        { kind: 'mask' },
        { kind: 'literal', text: '.' },
      ],
    });
    if (!parsed.ok) return;
    expect(softTokenCount(parsed.segments)).toBe(2);
    expect(renderTemplate(parsed.segments, 'Fine.', '<mask>')).toBe('Fine. [P] [P]<mask>.');
    expect(templateKey(parsed.segments)).toBe('{text} [P] [P][MASK].');
  });

  it('still needs {text} and [MASK]: soft tokens stand for neither', () => {
    expect(parseTemplate('[P] [P] [MASK]')).toEqual({ ok: false, issues: [{ code: 'noText' }] });
    expect(parseTemplate('{text} [P]')).toEqual({ ok: false, issues: [{ code: 'noMask' }] });
  });

  it('takes any number of [P] anywhere, numbered 0, 1, 2, … and written back as they were', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', ' ', '.', 'P', '[', ']') });
    const template = fc.nat(5).chain((softCount) => {
      const slots = ['{text}', '[MASK]', ...Array<string>(softCount).fill('[P]')];
      return fc.tuple(
        fc.shuffledSubarray(slots, { minLength: slots.length, maxLength: slots.length }),
        fc.array(literal, { minLength: slots.length + 1, maxLength: slots.length + 1 }),
      );
    });
    fc.assert(
      fc.property(template, ([slots, gaps]) => {
        const source = slots.map((slot, i) => (gaps[i] ?? '') + slot).join('') + gaps.at(-1);
        const parsed = parseTemplate(source);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(templateKey(parsed.segments)).toBe(source);
        // Literals may spell [P] themselves ('[' + 'P' + ']'): count in the source.
        const written = source.split('[P]').length - 1;
        expect(parsed.segments.flatMap((s) => (s.kind === 'soft' ? [s.index] : []))).toEqual(
          Array.from({ length: written }, (_, i) => i),
        );
      }),
    );
  });

  it('leaves templates without [P] as they were: no soft segment, same round trip', () => {
    const piece = fc.constantFrom('a', ' ', 'P', '[', ']', '[MASK]', '{text}', '{text_b}', '{x}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join('');
        fc.pre(!source.includes('[P]'));
        const parsed = parseTemplate(source);
        if (!parsed.ok) return;
        expect(softTokenCount(parsed.segments)).toBe(0);
        expect(templateKey(parsed.segments)).toBe(source);
      }),
    );
  });
});
