/**
 * Sizes prediction chunks by measurement. Pure (the caller passes the times it measured).
 *
 * A run costs a fixed part (starting the run: thread wake-ups, per-operator dispatch; measured
 * at ~200 ms per run for a BERT-base q8 model in WASM on this 2-core machine, where onnxruntime-
 * node pays ~10 ms) plus a part per padded token. The sizer fits both to the recent runs (least
 * squares) and sizes the next chunk to take `targetMs`, but never so small that the fixed part
 * exceeds `maxOverheadShare` of a chunk: one-sequence chunks of such a model ran the table at a
 * quarter of the speed of one batch.
 *
 * The target trades two things: a newer edit waits for the chunk in flight (at most one chunk's
 * time, so shorter is more responsive), and every run pays the fixed part (so longer is more
 * efficient). On the bundled model a whole table fits in one chunk.
 */

/** Settings of a sizer. */
export interface ChunkSizerOptions {
  /** The time one chunk should take, when the fixed part allows. */
  targetMs: number;
  /** The largest share of a chunk's time its fixed part may take (chunks grow to keep under it). */
  maxOverheadShare: number;
  /** Padded tokens of the first chunks, before two sizes were measured: small, so rows show early. */
  firstTokens: number;
  /** Never plan chunks smaller than this many padded tokens. */
  minTokens: number;
  /** How many recent runs the fit uses. */
  window: number;
}

export const DEFAULT_CHUNK_SIZER: ChunkSizerOptions = {
  targetMs: 150,
  maxOverheadShare: 0.2,
  firstTokens: 64,
  minTokens: 16,
  window: 12,
};

/** A run's cost: `fixedMs + perTokenMs × padded tokens`. */
export interface RunCost {
  fixedMs: number;
  perTokenMs: number;
}

/** Learns what a run costs and answers the token budget of the next chunk. */
export class ChunkSizer {
  private readonly samples: Array<{ tokens: number; ms: number }> = [];

  constructor(private readonly options: ChunkSizerOptions = DEFAULT_CHUNK_SIZER) {}

  /** Padded tokens the next chunk may have. */
  nextTokens(): number {
    const { targetMs, maxOverheadShare, firstTokens, minTokens } = this.options;
    const cost = this.cost();
    if (!cost) return firstTokens;
    const chunkMs = Math.max(targetMs, cost.fixedMs / maxOverheadShare);
    return Math.max(minTokens, Math.floor((chunkMs - cost.fixedMs) / cost.perTokenMs));
  }

  /** What one more run costs in tokens' worth of time (0 before anything was measured). */
  runCostTokens(): number {
    const cost = this.cost();
    return cost ? cost.fixedMs / cost.perTokenMs : 0;
  }

  /** Records that a run of `paddedTokens` tokens (padding included) took `ms`. */
  record(paddedTokens: number, ms: number): void {
    if (!(paddedTokens > 0) || !(ms >= 0) || !Number.isFinite(ms)) return;
    this.samples.push({ tokens: paddedTokens, ms });
    if (this.samples.length > this.options.window) this.samples.shift();
  }

  /**
   * The cost fitted to the recent runs, or null before any. With runs of one size only (or a
   * fit that makes no sense: a negative part), all of the time counts as per-token cost.
   */
  cost(): RunCost | null {
    const n = this.samples.length;
    if (n === 0) return null;
    const meanTokens = this.samples.reduce((s, x) => s + x.tokens, 0) / n;
    const meanMs = this.samples.reduce((s, x) => s + x.ms, 0) / n;
    let covariance = 0;
    let variance = 0;
    for (const { tokens, ms } of this.samples) {
      covariance += (tokens - meanTokens) * (ms - meanMs);
      variance += (tokens - meanTokens) ** 2;
    }
    // Sizes closer than ~10% of each other cannot separate the two parts.
    if (variance > (0.1 * meanTokens) ** 2 * n) {
      const perTokenMs = covariance / variance;
      const fixedMs = meanMs - perTokenMs * meanTokens;
      if (perTokenMs > 0 && fixedMs >= 0) return { fixedMs, perTokenMs };
    }
    return { fixedMs: 0, perTokenMs: Math.max(meanMs / meanTokens, 1e-6) };
  }
}
