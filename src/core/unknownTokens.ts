/**
 * How much of a text a model's vocabulary turns into its unknown token: a model trained on
 * another language reads most of it as [UNK] (cloze-lab-en on Chinese), and its predictions
 * then say nothing about the text. Pure.
 */

/** Tokens of a text, and how many of them are the unknown token. */
export interface TokenCount {
  tokens: number;
  unknown: number;
}

/** What the model cannot read of a prediction's template and rows. */
export interface UnknownShare {
  /** The template's own words (placeholders and the mask left out). */
  template: TokenCount;
  /** Rows most of whose tokens are unknown. */
  mostlyUnknownRows: number;
  rows: number;
}

/** Counts the unknown token among `ids`. */
export function countUnknown(ids: readonly number[], unknownId: number): TokenCount {
  let unknown = 0;
  for (const id of ids) if (id === unknownId) unknown++;
  return { tokens: ids.length, unknown };
}

/** More than half of the tokens are unknown. */
export function mostlyUnknown(count: TokenCount): boolean {
  return count.unknown * 2 > count.tokens;
}
