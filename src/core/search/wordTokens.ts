/**
 * Which vocabulary tokens can stand alone as a word at the mask: what the searches (label words,
 * template slots) may propose. Pure.
 *
 * WordPiece (BERT) marks a word's continuation pieces with `##`; byte-level BPE (RoBERTa) marks a
 * word's start with `Ġ` (a space) and SentencePiece with `▁`: on a space-sensitive tokenizer only
 * tokens with that marker start a word after a space. Special tokens, BERT's `[unused…]` slots
 * and anything that is not made of letters (punctuation, digits, symbols) are left out.
 */

/** A vocabulary token that can be proposed as a word, and the word as a person writes it. */
export interface WordToken {
  id: number;
  word: string;
}

const WORD_START_MARKERS = ['Ġ', '▁'];
/** Letters (any script) and combining marks only: no punctuation, digits or symbols. */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * The word a token spells when it starts a word, or null when it cannot be proposed.
 * `spaceSensitive`: the tokenizer marks word starts (byte-level BPE, SentencePiece).
 */
export function wordOfToken(text: string, spaceSensitive: boolean): string | null {
  let word = text;
  if (spaceSensitive) {
    const marker = WORD_START_MARKERS.find((m) => text.startsWith(m));
    if (!marker) return null;
    word = text.slice(marker.length);
  } else if (text.startsWith('##')) return null;
  return LETTERS.test(word) ? word : null;
}

/**
 * Every token of the vocabulary (`tokenTexts[id]`) that can be proposed, in id order; special
 * tokens (`isSpecial`) are never proposed.
 */
export function wordTokens(
  tokenTexts: readonly string[],
  isSpecial: (id: number) => boolean,
  spaceSensitive: boolean,
): WordToken[] {
  const out: WordToken[] = [];
  tokenTexts.forEach((text, id) => {
    if (isSpecial(id)) return;
    const word = wordOfToken(text, spaceSensitive);
    if (word !== null) out.push({ id, word });
  });
  return out;
}
