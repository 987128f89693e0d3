/**
 * Cloze templates: parsing, validation and rendering. A template is plain text with exactly one
 * `{text}` placeholder (where the example goes) and exactly one `[MASK]` (where the model fills
 * in a word). Pure: no DOM, no model.
 */

/** One piece of a parsed template, in reading order. */
export type TemplateSegment =
  { kind: 'literal'; text: string } | { kind: 'text' } | { kind: 'mask' };

/** A reason a template cannot be sent to the model. */
export type TemplateIssue =
  | { code: 'empty' }
  | { code: 'noMask' }
  | { code: 'multipleMasks'; count: number }
  | { code: 'noText' }
  | { code: 'multipleTexts'; count: number }
  | { code: 'unknownPlaceholder'; name: string };

/** The result of parsing: segments when valid, every issue found otherwise. */
export type ParsedTemplate =
  { ok: true; segments: TemplateSegment[] } | { ok: false; issues: TemplateIssue[] };

/** The mask as people write it in templates, whatever the model's own mask token is. */
export const MASK_PLACEHOLDER = '[MASK]';
/** The placeholder that stands for the example text. */
export const TEXT_PLACEHOLDER = '{text}';

const TOKEN_PATTERN = /\{([^{}]*)\}|\[MASK\]/g;

/** Splits a template into literal text, `{text}` and `[MASK]` segments, or lists what is wrong. */
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
    else if (match[1] === 'text') segments.push({ kind: 'text' });
    else issues.push({ code: 'unknownPlaceholder', name: match[1] ?? '' });
  }
  if (cursor < source.length) segments.push({ kind: 'literal', text: source.slice(cursor) });

  const masks = segments.filter((s) => s.kind === 'mask').length;
  const texts = segments.filter((s) => s.kind === 'text').length;
  if (masks === 0) issues.push({ code: 'noMask' });
  if (masks > 1) issues.push({ code: 'multipleMasks', count: masks });
  if (texts === 0) issues.push({ code: 'noText' });
  if (texts > 1) issues.push({ code: 'multipleTexts', count: texts });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, segments };
}

/** Writes a template out as the sentence the model reads, with the model's own mask token. */
export function renderTemplate(
  segments: TemplateSegment[],
  text: string,
  maskToken: string,
): string {
  return segments
    .map((s) => (s.kind === 'literal' ? s.text : s.kind === 'text' ? text : maskToken))
    .join('');
}

/** A stable string for a parsed template, used to key caches and to fingerprint tuned heads. */
export function templateKey(segments: TemplateSegment[]): string {
  return renderTemplate(segments, TEXT_PLACEHOLDER, MASK_PLACEHOLDER);
}
