/**
 * Plans how the sequences of one prediction are split into model runs ("chunks"). Pure.
 *
 * Why chunks: a run blocks the worker, so a newer edit can only overtake an older prediction
 * between runs; small runs let it do so quickly, and let rows appear as they finish. Why sorted
 * by length: a batch is padded to its longest sequence, so sequences of similar length side by
 * side waste little (padding is computed and thrown away). Where to cut: every run also pays a
 * fixed cost, so cutting to avoid padding can cost more than the padding; the cuts minimise
 * fixed costs plus padded tokens (an exact dynamic programme over the sorted lengths). The rows
 * the person is looking at (the selected example, the visible rows) are planned first; the
 * display order of the results is never changed, only the order they are computed in.
 */

/** How big a chunk may be. */
export interface ChunkBudget {
  /** Padded tokens (sequences × longest length) per chunk; a single longer sequence still runs. */
  maxTokens: number;
  /** Sequences per chunk (the cap on one run's output memory). */
  maxSequences: number;
  /**
   * What one more run costs, in padded tokens' worth of time (the sizer's fixed cost ÷ cost per
   * token): a cut is made where it saves more padding than this.
   */
  runCostTokens: number;
}

/**
 * Splits sequences (given by their lengths) into chunks of indices. `priority` lists indices to
 * compute first, most urgent first: they fill the first chunks (the most urgent one is in the
 * very first), the rest follow. Within each group sequences are sorted by length and cut into
 * runs that fit the budget. Every index appears exactly once; unknown priority indices are
 * ignored.
 */
export function planChunks(
  lengths: readonly number[],
  priority: readonly number[],
  budget: ChunkBudget,
): number[][] {
  const urgent = [
    ...new Set(priority.filter((i) => Number.isInteger(i) && i >= 0 && i < lengths.length)),
  ];
  const inUrgent = new Set(urgent);
  const rest = lengths.map((_, i) => i).filter((i) => !inUrgent.has(i));
  const urgentChunks = cutByLength(urgent, lengths, budget);
  // The most urgent sequence's chunk goes first, the rest keep their length order.
  const first = urgentChunks.findIndex((chunk) => chunk.includes(urgent[0] ?? -1));
  if (first > 0) urgentChunks.unshift(...urgentChunks.splice(first, 1));
  return [...urgentChunks, ...cutByLength(rest, lengths, budget)];
}

/**
 * Sorts `indices` by length (ties by index) and cuts them into chunks within the budget, where
 * the total of runs × `runCostTokens` + padded tokens is least. A chunk is contiguous in the
 * sorted order, so its padded size is its count × its last (longest) length.
 */
function cutByLength(
  indices: readonly number[],
  lengths: readonly number[],
  budget: ChunkBudget,
): number[][] {
  const length = (i: number) => lengths[i] ?? 0;
  const sorted = [...indices].sort((a, b) => length(a) - length(b) || a - b);
  const n = sorted.length;
  // best[j]: least cost of the first j sorted sequences; start[j]: where its last chunk starts.
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const start = new Int32Array(n + 1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    const longest = length(sorted[j - 1] ?? 0);
    // Chunks ending at j, from one sequence up to what the budget allows (one always fits).
    for (let count = 1; count <= Math.min(j, budget.maxSequences); count++) {
      if (count > 1 && count * longest > budget.maxTokens) break;
      const cost = (best[j - count] ?? 0) + budget.runCostTokens + count * longest;
      if (cost < (best[j] ?? Number.POSITIVE_INFINITY)) {
        best[j] = cost;
        start[j] = j - count;
      }
    }
  }
  const chunks: number[][] = [];
  for (let j = n; j > 0; j = start[j] ?? 0) chunks.unshift(sorted.slice(start[j], j));
  return chunks;
}

/** Real and padding tokens of running `chunks` of sequences with these lengths. */
export function paddingOf(
  lengths: readonly number[],
  chunks: readonly (readonly number[])[],
): { tokens: number; paddedTokens: number } {
  let tokens = 0;
  let padded = 0;
  for (const chunk of chunks) {
    const own = chunk.map((i) => lengths[i] ?? 0);
    const width = Math.max(0, ...own);
    const sum = own.reduce((a, b) => a + b, 0);
    tokens += sum;
    padded += width * chunk.length - sum;
  }
  return { tokens, paddedTokens: padded };
}
