/**
 * What a tuning result was computed for — model, template, verbalizer and labelled rows — so the
 * history, the learning curve and a tuned head's metrics can say so, and be marked when the
 * workspace has moved on. Pure.
 */

/** The inputs a training run or learning curve used, with a readable summary. */
export interface TuningProvenance {
  model: string;
  dtype: string;
  /** Template, verbalizer and spacing (see `tuningFingerprint`). */
  fingerprint: string;
  /** A digest of the labelled rows (their identities, see `exampleKeys`). */
  rowsDigest: string;
  /** For people: the template as typed, each class's label words, the labelled row count. */
  template: string;
  labelWords: string[];
  rows: number;
}

/** Whether two runs used the same inputs (the readable summary is not compared). */
export function sameInputs(a: TuningProvenance, b: TuningProvenance): boolean {
  return (
    a.model === b.model &&
    a.dtype === b.dtype &&
    a.fingerprint === b.fingerprint &&
    a.rowsDigest === b.rowsDigest
  );
}

/** A short digest of row identities (FNV-1a, 32 bits, hex): equal rows give equal digests. */
export function digestRows(keys: string[]): string {
  let hash = 0x811c9dc5;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x0a; // a separator, so ['ab'] and ['a', 'b'] differ
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${keys.length}:${hash.toString(16).padStart(8, '0')}`;
}
