/**
 * The model's own candidates for one template word: the proposable tokens ranked by their mean
 * log-probability at the slot's mask over the probe rows (see `slotProbe`). Pure.
 */
import type { WordToken } from './wordTokens';

/** The most rows a slot's candidates are averaged over: enough for a stable mean, and quick. */
export const SLOT_PROBE_ROWS = 32;
/**
 * Up to `cap` of `rows`, taken in turn from each class (`classOf`), in their order within a
 * class: a dataset sorted by label must not probe one class only.
 */
export function probeRows(rows: readonly number[], classOf: (row: number) => number, cap: number) {
  const byClass = new Map<number, number[]>();
  for (const row of rows) byClass.set(classOf(row), [...(byClass.get(classOf(row)) ?? []), row]);
  const queues = [...byClass.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  const out: number[] = [];
  for (let k = 0; out.length < Math.min(cap, rows.length); k++)
    for (const queue of queues)
      if (k < queue.length && out.length < cap) out.push(queue[k] as number);
  return out;
}

/** How many candidates a slot offers by default. */
export const SLOT_CANDIDATES = 8;

/**
 * The `count` proposable words with the highest mean log-probability over `distributions` (one
 * softmax over the vocabulary per probe row), best first; `exclude` (the slot's word now, any
 * case) is never proposed, and a word spelt by two tokens counts once. Ties go to the lower id.
 */
export function rankSlotCandidates(
  distributions: readonly Float32Array[],
  proposable: readonly WordToken[],
  exclude: string,
  count: number,
): string[] {
  if (distributions.length === 0 || count <= 0) return [];
  const floor = 1e-30; // log(0) would make one row's zero outweigh every other row
  const scored = proposable
    .filter((t) => t.word.toLowerCase() !== exclude.toLowerCase())
    .map((t) => {
      let sum = 0;
      for (const probs of distributions) sum += Math.log(Math.max(probs[t.id] ?? 0, floor));
      return { id: t.id, word: t.word, score: sum / distributions.length };
    });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const words: string[] = [];
  for (const { word } of scored) {
    if (!words.includes(word)) words.push(word);
    if (words.length === count) break;
  }
  return words;
}
