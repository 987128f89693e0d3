/**
 * Cloze templates: parsing, validation and rendering. A template is plain text with exactly one
 * `{text}` placeholder (where the example goes), at most one `{text_b}` (where a pair task's
 * second text goes) and exactly one `[MASK]` (where the model fills in a word). Any number of
 * `[P]` are soft tokens: positions whose input is a trained vector instead of a word's embedding
 * (continuous prompts, P-tuning), numbered in reading order. Pure: no DOM, no model.
 */

/** One piece of a parsed template, in reading order. */
export type TemplateSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'text' }
  | { kind: 'textB' }
  | { kind: 'mask' }
  /** The `index`-th soft token of the template (0 = first). */
  | { kind: 'soft'; index: number };

/** A reason a template cannot be sent to the model. */
export type TemplateIssue =
  | { code: 'empty' }
  | { code: 'noMask' }
  | { code: 'multipleMasks'; count: number }
  | { code: 'noText' }
  | { code: 'multipleTexts'; count: number }
  | { code: 'multipleTextsB'; count: number }
  | { code: 'unknownPlaceholder'; name: string };

/** The result of parsing: segments when valid, every issue found otherwise. */
export type ParsedTemplate =
  { ok: true; segments: TemplateSegment[] } | { ok: false; issues: TemplateIssue[] };

/** The mask as people write it in templates, whatever the model's own mask token is. */
export const MASK_PLACEHOLDER = '[MASK]';
/** The placeholder that stands for the example text. */
export const TEXT_PLACEHOLDER = '{text}';
/** The placeholder that stands for a pair task's second text. */
export const TEXT_B_PLACEHOLDER = '{text_b}';
/** A soft token: one position whose input vector is trained, not a word's. */
export const SOFT_PLACEHOLDER = '[P]';

const TOKEN_PATTERN = /\{([^{}]*)\}|\[MASK\]|\[P\]/g;

/**
 * Splits a template into literal text, `{text}`, `{text_b}`, `[MASK]` and `[P]` segments, or
 * lists what is wrong.
 */
export function parseTemplate(source: string): ParsedTemplate {
  if (source.trim() === '') return { ok: false, issues: [{ code: 'empty' }] };
  const segments: TemplateSegment[] = [];
  const issues: TemplateIssue[] = [];
  let cursor = 0;
  for (const match of source.matchAll(TOKEN_PATTERN)) {
    if (match.index > cursor)
      segments.push({ kind: 'literal', text: source.slice(cursor, match.index) });
    cursor = match.index + match[0].length;
    if (match[0] === MASK_PLACEHOLDER) segments.push({ kind: 'mask' });
    else if (match[0] === SOFT_PLACEHOLDER)
      segments.push({ kind: 'soft', index: segments.filter((s) => s.kind === 'soft').length });
    else if (match[1] === 'text') segments.push({ kind: 'text' });
    else if (match[1] === 'text_b') segments.push({ kind: 'textB' });
    else issues.push({ code: 'unknownPlaceholder', name: match[1] ?? '' });
  }
  if (cursor < source.length) segments.push({ kind: 'literal', text: source.slice(cursor) });

  const masks = segments.filter((s) => s.kind === 'mask').length;
  const texts = segments.filter((s) => s.kind === 'text').length;
  const textsB = segments.filter((s) => s.kind === 'textB').length;
  if (masks === 0) issues.push({ code: 'noMask' });
  if (masks > 1) issues.push({ code: 'multipleMasks', count: masks });
  if (texts === 0) issues.push({ code: 'noText' });
  if (texts > 1) issues.push({ code: 'multipleTexts', count: texts });
  if (textsB > 1) issues.push({ code: 'multipleTextsB', count: textsB });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, segments };
}

/**
 * Writes a template out as the sentence the model reads, with the model's own mask token; a
 * `{text_b}` takes `textB` (empty for rows without a second text). Soft tokens have no words:
 * they stay `[P]`.
 */
export function renderTemplate(
  segments: TemplateSegment[],
  text: string,
  maskToken: string,
  textB = '',
): string {
  const fill = { text, textB, mask: maskToken, soft: SOFT_PLACEHOLDER };
  return segments.map((s) => (s.kind === 'literal' ? s.text : fill[s.kind])).join('');
}

/** How a non-literal segment is written in a template's source. */
export function placeholderOf(segment: Exclude<TemplateSegment, { kind: 'literal' }>): string {
  const written = {
    text: TEXT_PLACEHOLDER,
    textB: TEXT_B_PLACEHOLDER,
    mask: MASK_PLACEHOLDER,
    soft: SOFT_PLACEHOLDER,
  };
  return written[segment.kind];
}

/** How many soft tokens (`[P]`) the template has. */
export function softTokenCount(segments: readonly TemplateSegment[]): number {
  return segments.filter((s) => s.kind === 'soft').length;
}

/** Whether the template asks for a pair task's second text. */
export function usesTextB(segments: readonly TemplateSegment[]): boolean {
  return segments.some((s) => s.kind === 'textB');
}

/** A stable string for a parsed template, used to key caches and to fingerprint tuned heads. */
export function templateKey(segments: TemplateSegment[]): string {
  return renderTemplate(segments, TEXT_PLACEHOLDER, MASK_PLACEHOLDER, TEXT_B_PLACEHOLDER);
}
