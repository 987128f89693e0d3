/**
 * The words of a template that a refinement may change: the words of its literal text, never
 * `{text}` or `[MASK]`. Pure.
 *
 * A word is a run of letters (any script except Han); each Han character is a word of its own,
 * as Chinese BERT vocabularies hold single characters. Punctuation, digits and spaces stay put.
 */
import { MASK_PLACEHOLDER, parseTemplate, placeholderOf } from '../template';

/** One editable word: where it stands in the template source and what it says. */
export interface TemplateWord {
  /** Its position among the template's editable words (0 = first). */
  index: number;
  /** Character offsets in the template source: `source.slice(start, end) === word`. */
  start: number;
  end: number;
  word: string;
}

const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+/gu;

/** The editable words of `template`, in reading order; none when the template is invalid. */
export function templateWords(template: string): TemplateWord[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return [];
  const words: TemplateWord[] = [];
  let offset = 0;
  for (const segment of parsed.segments) {
    if (segment.kind === 'literal') {
      for (const match of segment.text.matchAll(WORD)) {
        const start = offset + match.index;
        words.push({ index: words.length, start, end: start + match[0].length, word: match[0] });
      }
      offset += segment.text.length;
    } else offset += placeholderOf(segment).length;
  }
  return words;
}

/** `template` with editable word `slot` replaced by `replacement`. */
export function replaceWord(template: string, slot: TemplateWord, replacement: string): string {
  return template.slice(0, slot.start) + replacement + template.slice(slot.end);
}

/**
 * The probe that asks the model for a slot's own candidates: the slot word becomes the mask and
 * the template's mask becomes `labelWord` (the gold class's first label word), so the model fills
 * the slot knowing the answer, as AutoPrompt's candidate step does.
 */
export function slotProbe(template: string, slot: TemplateWord, labelWord: string): string {
  const masked = replaceWord(template, slot, '\u0000');
  return masked.replace(MASK_PLACEHOLDER, () => labelWord).replace('\u0000', MASK_PLACEHOLDER);
}
