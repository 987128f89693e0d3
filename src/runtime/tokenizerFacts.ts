/**
 * What the runner needs to know about a tokenizer: the ids it wraps around every sequence, whether
 * it is space-sensitive (byte-level BPE) or cased, token texts, and a memo of encodings.
 */
import { createEncodeMemo } from './encodeMemo';
import type { SpecialIds } from '../core/sequence';
import { TEXT_PLACEHOLDER } from '../core/template';
import { wordTokens, type WordToken } from '../core/search/wordTokens';

/** The parts of a transformers.js tokenizer the runner uses. */
export interface TokenizerLike {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
  get_vocab(): Map<string, number>;
  readonly mask_token: string;
  readonly mask_token_id: number;
  readonly unk_token_id: number;
  readonly all_special_ids: number[];
}

/** One tokenizer's facts and its encode memo; one instance per loaded model. */
export class TokenizerFacts {
  private readonly idToToken: string[] = [];
  /** The ids around every sequence and the mask id. */
  readonly special: SpecialIds;
  private readonly specialIds: Set<number>;
  /** The tokenizer encodes a word differently after a space (byte-level BPE). */
  readonly spaceSensitive: boolean;
  /** The tokenizer keeps case: 'Great' and 'great' are different tokens. */
  readonly cased: boolean;
  private readonly encodeCache = createEncodeMemo();

  constructor(private readonly tokenizer: TokenizerLike) {
    for (const [token, id] of tokenizer.get_vocab()) this.idToToken[id] = token;
    this.special = findSpecialIds(tokenizer);
    this.specialIds = new Set(tokenizer.all_special_ids);
    const same = (a: string, b: string) => this.encode(a).join() === this.encode(b).join();
    this.spaceSensitive = !same('a', ' a');
    this.cased = !same('Great', 'great');
  }

  /** Size of the vocabulary the model predicts over. */
  get vocabSize(): number {
    return this.idToToken.length;
  }

  /** The id of the unknown token. */
  get unknownId(): number {
    return this.tokenizer.unk_token_id;
  }

  /** The text of a token id as the vocabulary writes it. */
  tokenText(id: number): string {
    return this.idToToken[id] ?? `#${id}`;
  }

  private proposable: WordToken[] | null = null;

  /** The tokens a search may propose as words (see `wordTokens`), computed once per model. */
  wordTokens(): WordToken[] {
    this.proposable ??= wordTokens(this.idToToken, (id) => this.isSpecial(id), this.spaceSensitive);
    return this.proposable;
  }

  /** Whether `id` is one of the tokenizer's special tokens. */
  isSpecial(id: number): boolean {
    return this.specialIds.has(id);
  }

  /** The ids of `text` without special tokens, memoised. */
  encode(text: string): number[] {
    let ids = this.encodeCache.get(text);
    if (!ids) {
      ids = this.tokenizer.encode(text, { add_special_tokens: false });
      this.encodeCache.set(text, ids);
    }
    return ids;
  }

  /** A label word's piece ids as they would stand at the mask (after a space, for byte-level BPE). */
  labelWordPieces(word: string, afterSpace: boolean): number[] {
    const ids = this.encode(afterSpace ? ` ${word}` : word);
    return ids.length > 0 ? ids : [this.tokenizer.unk_token_id];
  }
}

/** Finds the ids a tokenizer wraps around every sequence by encoding a probe with and without them. */
function findSpecialIds(tokenizer: TokenizerLike): SpecialIds {
  const probe = TEXT_PLACEHOLDER;
  const inner = tokenizer.encode(probe, { add_special_tokens: false });
  const outer = tokenizer.encode(probe, { add_special_tokens: true });
  const at = outer.findIndex((_, i) => inner.every((id, j) => outer[i + j] === id));
  const start = at < 0 ? 0 : at;
  return {
    prefix: outer.slice(0, start),
    suffix: outer.slice(start + inner.length),
    mask: tokenizer.mask_token_id,
  };
}
