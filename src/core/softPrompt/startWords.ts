/**
 * The words soft tokens `[P]` start from when nothing else is chosen: "It was"-style words of the
 * model's language (issue #14), so an untrained soft prompt reads as a plain prompt and training
 * starts from it. Pure.
 */

/** Start-word lists; the template's language decides which is tried first. */
export const START_WORD_LISTS: readonly (readonly string[])[] = [
  // English: `{text} [P] [P] [P] [P] [MASK].` starts as "… it was really so [MASK]."
  ['it', 'was', 'really', 'so'],
  // Chinese: `{text}[P][P][P][P][MASK]。` starts as the Chinese demo's own "…总之，很[MASK]。"
  ['总', '之', '，', '很'],
];

// Han characters and CJK punctuation (。，！？ full-width forms).
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The token ids `count` soft tokens start from, for a template whose own words are `literal`:
 * the Chinese list first when they hold Chinese (a vocabulary with ASCII words knows both), else
 * the English one; the first list whose words this tokenizer reads as one known token each,
 * cycled; `fallbackId` (the mask) when none fits.
 */
export function softStartIds(
  count: number,
  literal: string,
  encode: (word: string) => readonly number[],
  unknownId: number,
  fallbackId: number,
): number[] {
  if (count === 0) return [];
  const lists = CJK.test(literal) ? [...START_WORD_LISTS].reverse() : START_WORD_LISTS;
  for (const words of lists) {
    const ids = words.map((w) => encode(w));
    if (ids.every((piece) => piece.length === 1 && piece[0] !== unknownId))
      return Array.from({ length: count }, (_, k) => ids[k % ids.length]?.[0] ?? fallbackId);
  }
  return Array.from({ length: count }, () => fallbackId);
}
