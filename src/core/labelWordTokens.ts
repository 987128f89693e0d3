/**
 * Label words that the tokenizer turns into the same pieces (`great`, `Great`, `GREAT` on an
 * uncased model). Within a class such a word would be counted twice, so scoring keeps the first;
 * across classes it makes the classes indistinguishable on that word, which is only flagged. Pure.
 */

/** A label word by position: class index and word index within the class. */
export interface WordRef {
  classIndex: number;
  wordIndex: number;
}

/** Per class, the pieces of its distinct words, and per word the word it repeats, if any. */
export interface LabelWordGroups {
  /** Each class's words' pieces with same-class repeats left out (first occurrence kept). */
  distinct: number[][][];
  /** Per class, per word: an earlier word of the same class with the same pieces, else a word of another class with them, else null. */
  sameAs: Array<Array<WordRef | null>>;
}

/** Groups the label words' piece ids (`pieces[class][word]`) by equal token sequences. */
export function groupLabelWordPieces(pieces: number[][][]): LabelWordGroups {
  const seen = new Map<string, WordRef[]>();
  pieces.forEach((words, classIndex) =>
    words.forEach((ids, wordIndex) => {
      const key = ids.join(',');
      seen.set(key, [...(seen.get(key) ?? []), { classIndex, wordIndex }]);
    }),
  );
  const sameAs = pieces.map((words, classIndex) =>
    words.map((ids, wordIndex) => {
      const all = seen.get(ids.join(',')) ?? [];
      const earlierInClass = all.find(
        (r) => r.classIndex === classIndex && r.wordIndex < wordIndex,
      );
      return earlierInClass ?? all.find((r) => r.classIndex !== classIndex) ?? null;
    }),
  );
  const distinct = pieces.map((words, classIndex) =>
    words.filter((_, wordIndex) => {
      const ref = sameAs[classIndex]?.[wordIndex];
      return !ref || ref.classIndex !== classIndex;
    }),
  );
  return { distinct, sameAs };
}
