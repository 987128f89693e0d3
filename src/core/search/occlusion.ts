/**
 * "Why this prediction" by occlusion: remove one word at a time and see how much the predicted
 * class's probability drops. Pure: this module splits texts and templates into words, builds the
 * variants with one word removed, and turns the class probabilities of the variants into drops.
 *
 * What a word is. Text is split at whitespace; inside each whitespace-separated piece every CJK
 * character (Han, kana, Hangul) is a word of its own, since those scripts do not write spaces,
 * and everything else between them stays together. So punctuation attached to a word stays with
 * it ("film." is one word: removing "film" but leaving "." would test a sentence nobody wrote),
 * punctuation standing alone (" - ") is its own unit, and in Chinese a full stop after a
 * character ("好。") is its own unit.
 *
 * Whitespace is tidied when a word goes: the spaces on either side become one, none is left at
 * the start or the end, and where two words would otherwise touch and merge into one ("abc好def"
 * without 好) a space keeps them apart, so the variant holds exactly the other words.
 */
import { calibrate } from '../evaluation/calibration';
import { argmax } from '../softmax';
import type { TemplateSegment } from '../template';

/** A word and where it stands in its text: `text.slice(start, end) === word`. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** A word of the template's own text: which literal segment, and where in it. */
export interface TemplateWordSpan extends WordSpan {
  segment: number;
}

/** One character each: the scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SPACE = /\s/u;

/** The words of `text` in order, with their character ranges (see the module comment). */
export function splitWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) words.push({ word: text.slice(start, end), start, end });
    start = -1;
  };
  let i = 0;
  for (const ch of text) {
    if (SPACE.test(ch)) close(i);
    else if (CJK.test(ch)) {
      close(i);
      words.push({ word: ch, start: i, end: i + ch.length });
    } else if (start < 0) start = i;
    i += ch.length;
  }
  close(i);
  return words;
}

/** Whether two characters, side by side, would read as one word. */
function wouldMerge(left: string, right: string): boolean {
  return (
    left !== '' &&
    right !== '' &&
    !SPACE.test(left) &&
    !SPACE.test(right) &&
    !CJK.test(left) &&
    !CJK.test(right)
  );
}

/** The last character of `s` (a whole code point), or ''. */
function lastChar(s: string): string {
  const chars = Array.from(s);
  return chars[chars.length - 1] ?? '';
}

/**
 * `text` without `text.slice(start, end)`, whitespace tidied. `before`/`after` say whether
 * something the reader sees as a word stands just outside the text on that side (a template's
 * `{text}` or `[MASK]` beside a literal): then an edge is not the start or end of the sentence.
 */
export function removeRange(
  text: string,
  start: number,
  end: number,
  context: { before: boolean; after: boolean } = { before: false, after: false },
): string {
  // A letter stands for the neighbour outside: it is tidied against like any word.
  const outsideBefore = context.before ? 'x' : '';
  const outsideAfter = context.after ? 'x' : '';
  let left = outsideBefore + text.slice(0, start);
  let right = text.slice(end) + outsideAfter;
  // At the start or end of the sentence no whitespace is left over.
  if (left.trim() === '') [left, right] = ['', right.trimStart()];
  if (right.trim() === '') [left, right] = [left.trimEnd(), ''];
  // The spaces on either side of the word become one.
  if (SPACE.test(lastChar(left)) && SPACE.test(right[0] ?? '')) right = right.trimStart();
  const joined = wouldMerge(lastChar(left), Array.from(right)[0] ?? '')
    ? `${left} ${right}`
    : left + right;
  return joined.slice(outsideBefore.length, joined.length - outsideAfter.length);
}

/** The text with word `index` of `words` (from `splitWords(text)`) removed. */
export function withoutWord(text: string, words: readonly WordSpan[], index: number): string {
  const word = words[index];
  if (!word) throw new RangeError(`no word ${index}`);
  return removeRange(text, word.start, word.end);
}

/** Every variant of `text` with one word removed, in word order. */
export function textVariants(text: string): { words: WordSpan[]; variants: string[] } {
  const words = splitWords(text);
  return { words, variants: words.map((_, i) => withoutWord(text, words, i)) };
}

/** The words of the template's literal segments; `{text}` and `[MASK]` are never among them. */
export function templateWords(segments: readonly TemplateSegment[]): TemplateWordSpan[] {
  return segments.flatMap((s, segment) =>
    s.kind === 'literal' ? splitWords(s.text).map((w) => ({ ...w, segment })) : [],
  );
}

/**
 * The template with one of its own words removed; a literal left empty is dropped, the
 * placeholders beside it count as words when whitespace is tidied.
 */
export function templateWithoutWord(
  segments: readonly TemplateSegment[],
  word: TemplateWordSpan,
): TemplateSegment[] {
  const out: TemplateSegment[] = [];
  segments.forEach((s, i) => {
    if (i !== word.segment || s.kind !== 'literal') {
      out.push(s);
      return;
    }
    const text = removeRange(s.text, word.start, word.end, {
      before: i > 0,
      after: i < segments.length - 1,
    });
    if (text !== '') out.push({ kind: 'literal', text });
  });
  return out;
}

/** Every template variant with one of its own words removed, in word order. */
export function templateVariants(segments: readonly TemplateSegment[]): {
  words: TemplateWordSpan[];
  variants: TemplateSegment[][];
} {
  const words = templateWords(segments);
  return { words, variants: words.map((w) => templateWithoutWord(segments, w)) };
}

/** Per variant: how much the full input's probability exceeds the variant's (may be negative). */
export function probabilityDrops(full: number, variants: readonly number[]): number[] {
  return variants.map((v) => full - v);
}

/** The predicted class, its probability, and the drop per text word and per template word. */
export interface OcclusionResult {
  predicted: number;
  probability: number;
  textDrops: number[];
  templateDrops: number[];
}

/**
 * Drops of the predicted class's probability, from the class probabilities of the full input
 * and of each variant. With a calibration `prior`, every one of them is calibrated with that same
 * prior first, so the explained probability is the one the Predictions table shows; the template
 * variants are calibrated with the current template's prior too (the question is what the word
 * does to the shown score, not what a recalibrated variant would score).
 */
export function occlusionDrops(
  full: readonly number[],
  textVariantProbs: readonly (readonly number[])[],
  templateVariantProbs: readonly (readonly number[])[],
  prior: readonly number[] | null,
): OcclusionResult {
  const shown = (p: readonly number[]) => (prior ? calibrate([...p], [...prior]) : [...p]);
  const fullShown = shown(full);
  const predicted = argmax(fullShown);
  const probability = fullShown[predicted] ?? 0;
  const of = (variants: readonly (readonly number[])[]) =>
    probabilityDrops(
      probability,
      variants.map((v) => shown(v)[predicted] ?? 0),
    );
  return {
    predicted,
    probability,
    textDrops: of(textVariantProbs),
    templateDrops: of(templateVariantProbs),
  };
}
