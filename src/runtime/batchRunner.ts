/**
 * Runs token sequences through the ORT session in padded batches and keeps each sequence's
 * outputs (mask distributions, tuning features) in a cache keyed by its exact ids, so a
 * sequence already seen never runs again.
 */
import { LRUCache } from 'lru-cache';
import { HEAD_TENSORS } from '../core/onnx/maskedLmHead';
import { planChunks, paddingOf } from '../core/chunkPlan';
import { ChunkSizer } from '../core/chunkSizer';
import { softmax } from '../core/softmax';
import { exclusive } from './exclusive';
import type { PredictStats } from './predictTypes';

/** The parts of an ORT tensor the runner reads. */
export interface TensorLike {
  readonly dims: readonly number[];
  readonly data: unknown;
}

/** The parts of an ORT InferenceSession the runner uses (web and node builds both fit). */
export interface SessionLike {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, TensorLike>): Promise<Record<string, TensorLike>>;
}

/** Builds an int64 tensor in whichever ORT build the caller uses. */
export type MakeInt64Tensor = (data: BigInt64Array, dims: number[]) => TensorLike;

/** What one sequence's run leaves in the cache. */
export interface SequenceOutputs {
  /** Softmax over the vocabulary at each mask. */
  perMask: Float32Array[];
  /** The MLM head's input at the first mask, when the graph exposes it. */
  h: Float32Array | null;
  /** The encoder's output at position 0, when the graph exposes it. */
  e: Float32Array | null;
  /** The encoder's outputs summed over the real tokens (mean-pooled up to scale), when exposed. */
  pooled?: Float32Array | null;
}

/** A sequence to run: its ids and where its masks are. */
export interface RunnableSequence {
  ids: number[];
  maskIndices: number[];
}

// A batch's logits are batch × sequence × vocabulary floats; cap them so BERT-base-sized
// vocabularies on long inputs do not ask the browser for gigabytes in one run.
const MAX_LOGITS_PER_RUN = 24_000_000;
/** A run's cost for whole predictions: so high that the fewest runs always win. */
const WHOLE_RUN_COST_TOKENS = 1e9;
/** Longer label words are scored on their first pieces only; more masks rarely help and cost. */
export const MAX_MASKS = 5;

/** A sequence whose outputs are ready: its index in the request and its outputs. */
export interface ReadySequence {
  index: number;
  outputs: SequenceOutputs;
}

/** How a prediction runs in chunks and hears of each one (see `BatchRunner.outputsFor`). */
export interface ChunkProgress {
  /** Indices of the request's sequences to compute first, most urgent first. */
  priority: readonly number[];
  /**
   * Called after each chunk (and first for the rows already cached) with the sequences now
   * ready (their indices and outputs); resolves false to stop. The place to yield to the
   * worker's messages.
   */
  afterChunk(ready: ReadySequence[]): Promise<boolean>;
}

/** The cache key of a sequence: its exact ids. */
export function sequenceKey(sequence: { ids: number[] }): string {
  return sequence.ids.join(',');
}

/** One session's batched runs and outputs cache; one instance per loaded model. */
export class BatchRunner {
  /** Model outputs per sequence, keyed by the exact input ids; sized by bytes. */
  private readonly outputs = new LRUCache<string, SequenceOutputs>({
    maxSize: 256 * 1024 * 1024,
    sizeCalculation: (out) =>
      out.perMask.reduce((n, p) => n + p.byteLength, 64) +
      (out.h?.byteLength ?? 0) +
      (out.e?.byteLength ?? 0) +
      (out.pooled?.byteLength ?? 0),
  });

  /** Learns how long this model takes per token, to size chunks. */
  private readonly sizer = new ChunkSizer();
  /** Runs of this session so far. */
  private runs = 0;

  constructor(
    private readonly session: SessionLike,
    private readonly makeTensor: MakeInt64Tensor,
    private readonly vocabSize: number,
  ) {}

  /**
   * The outputs of every sequence, in order: cached ones counted as hits, the others run (each
   * distinct sequence once) in chunks planned by `planChunks`. With `progress`, chunks are sized
   * to take about a target time and after each one `progress.afterChunk` hears which sequences
   * are ready; when it answers false the rest is dropped (what ran stays cached) and this
   * resolves null. Without it, everything runs in as few batches as memory allows.
   */
  async outputsFor(
    sequences: RunnableSequence[],
    stats: PredictStats,
    progress: ChunkProgress | null = null,
  ): Promise<SequenceOutputs[] | null> {
    const keys = sequences.map(sequenceKey);
    // This call's outputs, held here too: the LRU may evict early entries of a huge table.
    const found = new Map<string, SequenceOutputs>();
    const cachedReady: ReadySequence[] = [];
    // Each distinct sequence to run, with every index it stands at (duplicates run once).
    const missing = new Map<string, { sequence: RunnableSequence; indices: number[] }>();
    sequences.forEach((s, i) => {
      const key = keys[i] ?? '';
      const cached = this.outputs.get(key);
      if (cached) {
        found.set(key, cached);
        stats.cacheHits++;
        cachedReady.push({ index: i, outputs: cached });
      } else {
        const entry = missing.get(key);
        if (entry) entry.indices.push(i);
        else missing.set(key, { sequence: s, indices: [i] });
      }
    });
    const toRun = [...missing.values()];
    const ran = await this.runChunks(toRun, cachedReady, found, stats, progress);
    if (!ran) return null;
    return keys.map((key) => {
      const out = found.get(key);
      if (!out) throw new Error('Mask distribution missing from cache.');
      return out;
    });
  }

  /**
   * Runs the distinct missing sequences chunk by chunk; false when progress said stop. The rows
   * already cached are reported first, when more than one chunk is to run (else the answer
   * itself comes as soon).
   */
  private async runChunks(
    toRun: Array<{ sequence: RunnableSequence; indices: number[] }>,
    cachedReady: ReadySequence[],
    found: Map<string, SequenceOutputs>,
    stats: PredictStats,
    progress: ChunkProgress | null,
  ): Promise<boolean> {
    const lengths = toRun.map((r) => r.sequence.ids.length);
    // The priority rows (request indices) as positions in `toRun`.
    const positionOfIndex = new Map<number, number>();
    toRun.forEach((r, u) => r.indices.forEach((i) => positionOfIndex.set(i, u)));
    const urgent = (progress?.priority ?? []).flatMap((i) => positionOfIndex.get(i) ?? []);
    let remaining = toRun.map((_, u) => u);
    let unreported = cachedReady;
    while (remaining.length > 0) {
      // Re-planned after every chunk: the size follows the latest measurement of this model.
      const local = new Map(remaining.map((u, at) => [u, at]));
      const longest = Math.max(...remaining.map((u) => lengths[u] ?? 0));
      const budget = {
        maxTokens: progress ? this.sizer.nextTokens() : Number.POSITIVE_INFINITY,
        maxSequences: Math.max(1, Math.floor(MAX_LOGITS_PER_RUN / this.logitsPerSequence(longest))),
        // Whole runs (tuning, the warm-up, `?chunking=off`) batch as before: fewest runs.
        runCostTokens: progress ? this.sizer.runCostTokens() : WHOLE_RUN_COST_TOKENS,
      };
      const [first = []] = planChunks(
        remaining.map((u) => lengths[u] ?? 0),
        urgent.flatMap((u) => local.get(u) ?? []),
        budget,
      );
      const chunk = first.map((at) => remaining[at] ?? 0);
      if (progress && unreported.length > 0 && chunk.length < remaining.length)
        if (!(await progress.afterChunk(unreported))) return false;
      unreported = [];
      const ready = await this.runChunk(
        chunk.map((u) => toRun[u] as { sequence: RunnableSequence; indices: number[] }),
        found,
        stats,
        progress !== null,
      );
      const done = new Set(chunk);
      remaining = remaining.filter((u) => !done.has(u));
      if (progress && remaining.length > 0 && !(await progress.afterChunk(ready))) return false;
    }
    return true;
  }

  /** Runs one chunk, caches its outputs and answers them per request index. */
  private async runChunk(
    chunk: Array<{ sequence: RunnableSequence; indices: number[] }>,
    found: Map<string, SequenceOutputs>,
    stats: PredictStats,
    measure: boolean,
  ): Promise<ReadySequence[]> {
    const batch = chunk.map((c) => c.sequence);
    const lengths = batch.map((s) => s.ids.length);
    const padding = paddingOf(lengths, [lengths.map((_, b) => b)]);
    const started = performance.now();
    const { data, rowOffsets, vocab, outputBytes, hidden } = await this.runBatch(batch);
    const ms = performance.now() - started;
    // Only chunked runs teach the sizer: the warm-up and tuning runs are not what it sizes. A
    // session's first run is cold (it allocates and may compile; a visit's first model skips the
    // warm-up): it would make every later chunk too small.
    this.runs++;
    if (measure && this.runs > 1) this.sizer.record(padding.tokens + padding.paddedTokens, ms);
    stats.sessionMs += ms;
    stats.modelRuns++;
    stats.sequencesRun += batch.length;
    stats.outputBytes += outputBytes;
    stats.tokens += padding.tokens;
    stats.paddedTokens += padding.paddedTokens;
    const ready: ReadySequence[] = [];
    chunk.forEach(({ sequence, indices }, b) => {
      const perMask = (rowOffsets[b] ?? []).map((offset) => softmax(data, offset, vocab));
      const outputs = { perMask, h: hidden.h(b), e: hidden.e(b), pooled: hidden.pooled(b) };
      this.outputs.set(sequenceKey(sequence), outputs);
      found.set(sequenceKey(sequence), outputs);
      for (const index of indices) ready.push({ index, outputs });
    });
    return ready;
  }

  /** True when the session is the head-rewritten graph that computes logits at mask rows only. */
  private get masksOnly(): boolean {
    return this.session.outputNames.includes(HEAD_TENSORS.maskLogits);
  }

  private logitsPerSequence(length: number): number {
    return this.masksOnly ? MAX_MASKS * this.vocabSize : length * this.vocabSize;
  }

  /**
   * Runs one padded batch. Returns the logits buffer and, per sequence, where each of its mask
   * rows starts in it.
   */
  private async runBatch(batch: RunnableSequence[]): Promise<{
    data: Float32Array;
    rowOffsets: number[][];
    vocab: number;
    outputBytes: number;
    hidden: {
      h: (b: number) => Float32Array | null;
      e: (b: number) => Float32Array | null;
      pooled: (b: number) => Float32Array | null;
    };
  }> {
    const width = Math.max(...batch.map((s) => s.ids.length));
    const ids = new BigInt64Array(batch.length * width);
    const mask = new BigInt64Array(batch.length * width);
    batch.forEach((s, b) => {
      s.ids.forEach((id, t) => {
        ids[b * width + t] = BigInt(id);
        mask[b * width + t] = 1n;
      });
    });
    const dims = [batch.length, width];
    const feeds: Record<string, TensorLike> = {
      input_ids: this.makeTensor(ids, dims),
      attention_mask: this.makeTensor(mask, dims),
    };
    if (this.session.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = this.makeTensor(new BigInt64Array(batch.length * width), dims);
    // Flat row of every mask: sequence * width + position.
    const rows = batch.map((s, b) => s.maskIndices.map((m) => b * width + m));
    const flatRows = rows.flat();
    if (this.masksOnly)
      feeds[HEAD_TENSORS.maskRows] = this.makeTensor(BigInt64Array.from(flatRows.map(BigInt)), [
        flatRows.length,
      ]);

    const outputs = await exclusive(() => this.session.run(feeds));
    const outputBytes = Object.values(outputs).reduce(
      (n, t) => n + ((t.data as ArrayBufferView).byteLength ?? 0),
      0,
    );
    const logits = this.masksOnly
      ? outputs[HEAD_TENSORS.maskLogits]
      : (outputs.logits ?? Object.values(outputs)[0]);
    if (!logits) throw new Error('The model returned no logits.');
    if (!this.masksOnly && logits.dims.length !== 3)
      throw new Error(
        `expected logits [batch, sequence, vocabulary], got [${logits.dims.join(', ')}]`,
      );
    const vocab = logits.dims[logits.dims.length - 1] ?? 0;
    let next = 0;
    // The rewritten graph returns mask rows in the order given; the full one, every position.
    const rowOffsets = this.masksOnly
      ? rows.map((r) => r.map(() => vocab * next++))
      : rows.map((r) => r.map((row) => row * vocab));
    // h at each sequence's first mask row and e at its position 0, copied out of the batch.
    const maskHidden = outputs[HEAD_TENSORS.maskHidden];
    const clsHidden = outputs[HEAD_TENSORS.clsHidden];
    const pooledSum = outputs[HEAD_TENSORS.pooledSum];
    const firstRows = rows.map((_, b) => rows.slice(0, b).reduce((n, r) => n + r.length, 0));
    const rowOf = (tensor: TensorLike | undefined, row: number | undefined) => {
      if (!tensor || row === undefined) return null;
      const size = tensor.dims[1] ?? 0;
      return (tensor.data as Float32Array).slice(row * size, (row + 1) * size);
    };
    const hidden = {
      h: (b: number) => rowOf(maskHidden, firstRows[b]),
      e: (b: number) => rowOf(clsHidden, b),
      pooled: (b: number) => rowOf(pooledSum, b),
    };
    return { data: logits.data as Float32Array, rowOffsets, vocab, outputBytes, hidden };
  }
}
