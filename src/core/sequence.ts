/**
 * Assembling the model input for one example from a parsed template whose pieces are already
 * tokenized. Kept apart from the tokenizer so the truncation rule is testable on plain numbers.
 */

/** A template segment after tokenization. */
export type TokenizedSegment =
  | { kind: 'literal'; ids: number[] }
  | { kind: 'text' | 'textB'; ids: number[] }
  | { kind: 'mask' }
  /** The `index`-th soft token: one position whose input vector the runner supplies. */
  | { kind: 'soft'; index: number };

/** The ids a tokenizer puts around every sequence (e.g. `[CLS]` … `[SEP]`) and its mask id. */
export interface SpecialIds {
  prefix: number[];
  suffix: number[];
  mask: number;
}

/** One model input: token ids, where the masks sit, and how many text tokens were cut. */
export interface AssembledSequence {
  ids: number[];
  /** Positions of the template's mask, expanded to consecutive masks for multi-piece words. */
  maskIndices: number[];
  truncatedTokens: number;
  /**
   * Where soft token `i` sits (`softIndices[i]`), so the runner can feed its vector there; only
   * when the template has soft tokens.
   */
  softIndices?: number[];
}

/** Why a sequence could not be assembled. */
export interface TemplateTooLong {
  error: 'templateTooLong';
  templateTokens: number;
  maxLength: number;
}

/**
 * How many tokens of two texts of `a` and `b` tokens to keep within `budget`: the longer one is
 * cut first, token by token, until both are the same length, then the second text and the first
 * in turn (the "longest first" rule of BERT's pair inputs). The closed form of that loop.
 */
export function splitTextBudget(a: number, b: number, budget: number): [number, number] {
  if (a + b <= budget) return [a, b];
  const half = Math.floor(budget / 2);
  if (b <= half) return [budget - b, b];
  if (a <= half) return [a, budget - a];
  return [budget - half, half];
}

/**
 * Joins the segments into one sequence no longer than `maxLength`, writing the template's mask
 * as `maskCount` consecutive masks (one per piece of the longest label word, as in PET). Only
 * the example texts are shortened (from their ends; with two, the longer first), never the
 * template or the masks: cutting the template would change the question the model is asked.
 * Each soft token takes one position holding `softFill[index]`: the id whose embedding the soft
 * vector replaces (its starting word, say), so a run without vectors reads that word; an unfilled
 * one holds the mask id, a token that stands for no word.
 */
export function assembleSequence(
  segments: TokenizedSegment[],
  special: SpecialIds,
  maxLength: number,
  maskCount = 1,
  softFill: readonly number[] = [],
): AssembledSequence | TemplateTooLong {
  const width = (s: TokenizedSegment) =>
    s.kind === 'literal' ? s.ids.length : s.kind === 'mask' ? maskCount : s.kind === 'soft' ? 1 : 0;
  const fixed =
    special.prefix.length + special.suffix.length + segments.reduce((n, s) => n + width(s), 0);
  const textBudget = maxLength - fixed;
  if (textBudget < 0) return { error: 'templateTooLong', templateTokens: fixed, maxLength };

  const length = (kind: 'text' | 'textB') =>
    segments.reduce((n, s) => n + (s.kind === kind ? s.ids.length : 0), 0);
  const [keepText, keepTextB] = splitTextBudget(length('text'), length('textB'), textBudget);
  const keep = { text: keepText, textB: keepTextB };
  const ids = [...special.prefix];
  const maskIndices: number[] = [];
  const softIndices: number[] = [];
  let truncatedTokens = 0;
  for (const segment of segments) {
    if (segment.kind === 'soft') {
      softIndices[segment.index] = ids.length;
      ids.push(softFill[segment.index] ?? special.mask);
    } else if (segment.kind === 'mask') {
      for (let m = 0; m < maskCount; m++) {
        maskIndices.push(ids.length);
        ids.push(special.mask);
      }
    } else if (segment.kind === 'literal') {
      ids.push(...segment.ids);
    } else {
      const kept = segment.ids.slice(0, keep[segment.kind]);
      truncatedTokens += segment.ids.length - kept.length;
      ids.push(...kept);
    }
  }
  ids.push(...special.suffix);
  return softIndices.length > 0
    ? { ids, maskIndices, truncatedTokens, softIndices }
    : { ids, maskIndices, truncatedTokens };
}
