import { describe, expect, it } from 'vitest';
import { spaceSegments } from './spacing';
import { parseTemplate, type TemplateSegment } from './template';

function segments(template: string): TemplateSegment[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error('invalid template');
  return parsed.segments;
}

describe('spaceSegments', () => {
  it('moves spaces for byte-level BPE: onto the text, and away before the mask', () => {
    expect(spaceSegments(segments('Review: {text} It was [MASK].'), true)).toEqual([
      { kind: 'literal', text: 'Review:' },
      { kind: 'text', leadingSpace: true },
      { kind: 'literal', text: ' It was' },
      { kind: 'mask' },
      { kind: 'literal', text: '.' },
    ]);
  });

  it('leaves WordPiece templates as written', () => {
    expect(spaceSegments(segments('{text} It was [MASK].'), false)).toEqual([
      { kind: 'text', leadingSpace: false },
      { kind: 'literal', text: ' It was ' },
      { kind: 'mask' },
      { kind: 'literal', text: '.' },
    ]);
  });

  it('drops a literal that was only a space', () => {
    expect(spaceSegments(segments('{text} [MASK]'), true)).toEqual([
      { kind: 'text', leadingSpace: false },
      { kind: 'mask' },
    ]);
  });

  it('keeps soft tokens as positions of their own, spaces moved as around the mask', () => {
    expect(spaceSegments(segments('{text} [P] [P] It was [MASK].'), true)).toEqual([
      { kind: 'text', leadingSpace: false },
      { kind: 'soft', index: 0 },
      { kind: 'soft', index: 1 },
      { kind: 'literal', text: ' It was' },
      { kind: 'mask' },
      { kind: 'literal', text: '.' },
    ]);
    expect(spaceSegments(segments('{text} [P] [MASK].'), false)).toEqual([
      { kind: 'text', leadingSpace: false },
      { kind: 'literal', text: ' ' },
      { kind: 'soft', index: 0 },
      { kind: 'literal', text: ' ' },
      { kind: 'mask' },
      { kind: 'literal', text: '.' },
    ]);
  });
});
