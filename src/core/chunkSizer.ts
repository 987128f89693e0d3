/**
 * Sizes prediction chunks by measurement: it learns how long a padded token takes on the model
 * and machine at hand (a running average over the runs so far) and sizes the next chunk to take
 * about `targetMs`. Pure (the caller passes the times it measured).
 *
 * The target trades two things: a newer edit waits for the chunk in flight (at most one chunk's
 * time, so shorter is more responsive), and every run has a fixed cost plus smaller matrix
 * products (so longer is more efficient). On the bundled model a whole table fits in one chunk;
 * on a BERT-base-sized model a chunk is a few sequences.
 */

/** Settings of a sizer; the defaults are what the bench measured as a good trade here. */
export interface ChunkSizerOptions {
  /** The time one chunk should take. */
  targetMs: number;
  /** Padded tokens of the first chunk, before anything was measured: small, so rows show early. */
  firstTokens: number;
  /** Never plan chunks smaller than this many padded tokens. */
  minTokens: number;
  /** Weight of the newest measurement in the running average. */
  smoothing: number;
}

export const DEFAULT_CHUNK_SIZER: ChunkSizerOptions = {
  targetMs: 150,
  firstTokens: 64,
  minTokens: 16,
  smoothing: 0.5,
};

/** Learns ms per padded token and answers the token budget of the next chunk. */
export class ChunkSizer {
  private msPerToken: number | null = null;

  constructor(private readonly options: ChunkSizerOptions = DEFAULT_CHUNK_SIZER) {}

  /** Padded tokens the next chunk may have. */
  nextTokens(): number {
    const { targetMs, firstTokens, minTokens } = this.options;
    if (this.msPerToken === null) return firstTokens;
    return Math.max(minTokens, Math.floor(targetMs / this.msPerToken));
  }

  /** Records that a run of `paddedTokens` tokens (padding included) took `ms`. */
  record(paddedTokens: number, ms: number): void {
    if (!(paddedTokens > 0) || !(ms >= 0) || !Number.isFinite(ms)) return;
    const sample = ms / paddedTokens;
    const { smoothing } = this.options;
    this.msPerToken =
      this.msPerToken === null ? sample : smoothing * sample + (1 - smoothing) * this.msPerToken;
  }
}
