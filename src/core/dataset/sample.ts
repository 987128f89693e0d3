/** A seeded stratified sample of a dataset too large to evaluate whole. Pure. */
import { seededRandom, shuffled } from '../tuning/random';
import type { DatasetRow } from './types';

/** Rows the app imports whole; above this it offers a seeded stratified sample of this size. */
export const DATASET_ROW_LIMIT = 20_000;

/**
 * At most `limit` rows, each class keeping its share (largest remainder; ties go to the class seen
 * first), picked by a seeded shuffle, in their original order. The same seed gives the same rows.
 */
export function stratifiedSample(rows: DatasetRow[], limit: number, seed: number): DatasetRow[] {
  const size = Math.max(0, Math.floor(limit));
  if (rows.length <= size) return [...rows];
  const byClass = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const members = byClass.get(row.label);
    if (members) members.push(i);
    else byClass.set(row.label, [i]);
  });
  const classes = [...byClass.values()];
  const shares = classes.map((members) => (members.length * size) / rows.length);
  const quotas = shares.map(Math.floor);
  let left = size - quotas.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, c) => ({ c, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.c - b.c);
  for (const { c } of byRemainder) {
    if (left-- <= 0) break;
    quotas[c] = (quotas[c] ?? 0) + 1;
  }
  const random = seededRandom(seed);
  const picked = classes.flatMap((members, c) => shuffled(members, random).slice(0, quotas[c]));
  return picked.sort((a, b) => a - b).map((i) => rows[i] as DatasetRow);
}
