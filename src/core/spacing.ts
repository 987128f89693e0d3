/**
 * Whitespace for space-sensitive tokenizers. Byte-level BPE (RoBERTa, GPT-2) encodes a word
 * differently after a space ("Ġgreat") than at the start ("great"), and turns a stray trailing
 * space into a token of its own. Template pieces are tokenized one by one, so the space that
 * separates them must move onto the piece that follows. WordPiece ignores all of this. Pure.
 */
import type { TemplateSegment } from './template';

/** A template piece ready to tokenize. */
export type SpacedSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'text'; leadingSpace: boolean }
  | { kind: 'textB'; leadingSpace: boolean }
  | { kind: 'mask' }
  | { kind: 'soft'; index: number };

/**
 * Moves each literal's trailing whitespace onto what follows: the example text gets a leading
 * space; before the mask it is dropped, because the label words carry it (scored as " great").
 */
export function spaceSegments(
  segments: TemplateSegment[],
  spaceSensitive: boolean,
): SpacedSegment[] {
  const out: SpacedSegment[] = [];
  segments.forEach((segment, i) => {
    if (segment.kind === 'mask') {
      out.push({ kind: 'mask' });
      return;
    }
    // A soft token is one position with no text: the literal after it keeps its own space.
    if (segment.kind === 'soft') {
      out.push(segment);
      return;
    }
    const previous = segments[i - 1];
    if (segment.kind === 'text' || segment.kind === 'textB') {
      const afterSpace = previous?.kind === 'literal' && /\s$/.test(previous.text);
      out.push({ kind: segment.kind, leadingSpace: spaceSensitive && afterSpace });
      return;
    }
    const next = segments[i + 1];
    const text = spaceSensitive && next !== undefined ? segment.text.trimEnd() : segment.text;
    if (text !== '') out.push({ kind: 'literal', text });
  });
  return out;
}
