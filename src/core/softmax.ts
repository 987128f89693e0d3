/** Numerics over a vocabulary's logits. Pure. */

/** Softmax of `logits[offset .. offset+length)`, stable against large values. */
export function softmax(
  logits: Float32Array,
  offset = 0,
  length = logits.length - offset,
): Float32Array {
  let max = -Infinity;
  for (let i = 0; i < length; i++) max = Math.max(max, logits[offset + i] ?? -Infinity);
  const out = new Float32Array(length);
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const e = Math.exp((logits[offset + i] ?? -Infinity) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}

/** The `k` largest entries as [index, value] pairs, largest first. */
export function topK(values: Float32Array, k: number): Array<[number, number]> {
  // A partial selection beats sorting 30k floats on every keystroke.
  const best: Array<[number, number]> = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? -Infinity;
    if (best.length < k || v > (best[best.length - 1]?.[1] ?? -Infinity)) {
      best.push([i, v]);
      best.sort((a, b) => b[1] - a[1]);
      if (best.length > k) best.pop();
    }
  }
  return best;
}

/** Index of the largest value (first one on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  return best;
}
