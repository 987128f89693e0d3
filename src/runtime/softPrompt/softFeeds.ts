/**
 * The data of the two inputs the soft-prompt rewrite adds (`SOFT_TENSORS`), for one padded
 * batch: which positions read a soft vector, and the vectors there. Kept apart from the runner
 * so the worker's prediction path and the trainer fill them the same way.
 */

/** The feeds' data: `positions` [rows, width] as bytes (ORT's bool data), `embeds` [rows, width, hidden]. */
export interface SoftFeedData {
  positions: Uint8Array;
  embeds: Float32Array;
}

/**
 * Row r's position `softIndices[j]` reads `vectors[j]`; every other position (padding included)
 * reads its word embedding. With `vectors` null nothing is replaced: the graph then computes
 * exactly what the un-rewritten one does on the same ids.
 */
export function softFeeds(
  sequences: ReadonlyArray<{ softIndices?: readonly number[] }>,
  width: number,
  vectors: readonly Float32Array[] | null,
  hidden: number,
): SoftFeedData {
  const positions = new Uint8Array(sequences.length * width);
  const embeds = new Float32Array(sequences.length * width * hidden);
  if (!vectors) return { positions, embeds };
  sequences.forEach((sequence, row) =>
    (sequence.softIndices ?? []).forEach((position, j) => {
      const vector = vectors[j];
      if (!vector) return;
      if (vector.length !== hidden)
        throw new Error(`soft vector ${j} has ${vector.length} values, the model ${hidden}`);
      const at = row * width + position;
      positions[at] = 1;
      embeds.set(vector, at * hidden);
    }),
  );
  return { positions, embeds };
}
