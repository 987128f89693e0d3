/**
 * The readout of a soft vector: which vocabulary tokens it is closest to by cosine similarity,
 * and how far it moved from where it started. Cosine, not Euclidean distance, because word
 * embeddings differ in length (frequent words are shorter) while their direction carries the
 * meaning the model reads after its layer norm. Pure.
 */

/** One neighbour of a vector in the vocabulary. */
export interface NearToken {
  id: number;
  token: string;
  /** Cosine similarity in [−1, 1]. */
  similarity: number;
}

/** cos(a, b); 0 when either is the zero vector. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
}

/**
 * The `k` tokens whose embedding rows (`embeddings[id * hidden …]`, hidden = vector length) are
 * most similar to `vector`, most similar first; ties go to the lower id.
 */
export function nearestTokens(
  vector: ArrayLike<number>,
  embeddings: Float32Array,
  vocab: readonly string[],
  k: number,
): NearToken[] {
  const hidden = vector.length;
  const rows = hidden > 0 ? Math.min(vocab.length, Math.floor(embeddings.length / hidden)) : 0;
  // The best k so far, kept sorted: k is small (a table), the vocabulary is not.
  const best: NearToken[] = [];
  for (let id = 0; id < rows; id++) {
    const similarity = cosineSimilarity(
      vector,
      embeddings.subarray(id * hidden, (id + 1) * hidden),
    );
    if (best.length === k && similarity <= (best[k - 1]?.similarity ?? -Infinity)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.similarity ?? 0) < similarity) at--;
    best.splice(at, 0, { id, token: vocab[id] ?? '', similarity });
    if (best.length > k) best.pop();
  }
  return best;
}
