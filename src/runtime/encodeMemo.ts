/**
 * The tokenizer memo: text → token ids, so an edit re-tokenizes only what changed. Bounded by
 * entries and by size: a few thousand pasted paragraphs would otherwise pin megabytes of text
 * and ids in the worker for as long as the model is loaded.
 */
import { LRUCache } from 'lru-cache';

/** The default size bound, in bytes (roughly: the text and the ids it keeps). */
export const ENCODE_MEMO_BYTES = 8 * 1024 * 1024;

/** Bytes one entry holds, roughly: two per UTF-16 code unit, eight per id, and some overhead. */
export function encodeMemoEntryBytes(text: string, ids: readonly number[]): number {
  return 2 * text.length + 8 * ids.length + 64;
}

/** A memo of at most 4096 entries and `maxBytes` bytes, least recently used out first. */
export function createEncodeMemo(maxBytes = ENCODE_MEMO_BYTES): LRUCache<string, number[]> {
  return new LRUCache<string, number[]>({
    max: 4096,
    maxSize: maxBytes,
    sizeCalculation: (ids, text) => encodeMemoEntryBytes(text, ids),
  });
}
