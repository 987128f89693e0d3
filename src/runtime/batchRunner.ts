/**
 * Runs token sequences through the ORT session in padded batches and keeps each sequence's
 * outputs (mask distributions, tuning features) in a cache keyed by its exact ids, so a
 * sequence already seen never runs again.
 */
import { LRUCache } from 'lru-cache';
import { HEAD_TENSORS } from '../core/onnx/maskedLmHead';
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
}

/** A sequence to run: its ids and where its masks are. */
export interface RunnableSequence {
  ids: number[];
  maskIndices: number[];
}

// A batch's logits are batch × sequence × vocabulary floats; cap them so BERT-base-sized
// vocabularies on long inputs do not ask the browser for gigabytes in one run.
const MAX_LOGITS_PER_RUN = 24_000_000;
/** Longer label words are scored on their first pieces only; more masks rarely help and cost. */
export const MAX_MASKS = 5;

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
      (out.e?.byteLength ?? 0),
  });

  constructor(
    private readonly session: SessionLike,
    private readonly makeTensor: MakeInt64Tensor,
    private readonly vocabSize: number,
  ) {}

  /**
   * The outputs of every sequence, in order: cached ones counted as hits, the others run in as
   * few batches as memory allows (each distinct sequence once).
   */
  async outputsFor(sequences: RunnableSequence[], stats: PredictStats): Promise<SequenceOutputs[]> {
    const keys = sequences.map(sequenceKey);
    const missing = new Map<string, RunnableSequence>();
    sequences.forEach((s, i) => {
      const key = keys[i] ?? '';
      if (this.outputs.has(key)) stats.cacheHits++;
      else missing.set(key, s);
    });
    await this.runMissing([...missing.values()], stats);
    return keys.map((key) => {
      const out = this.outputs.get(key);
      if (!out) throw new Error('Mask distribution missing from cache.');
      return out;
    });
  }

  private async runMissing(sequences: RunnableSequence[], stats: PredictStats): Promise<void> {
    if (sequences.length === 0) return;
    // Similar lengths side by side waste less padding.
    const sorted = [...sequences].sort((a, b) => a.ids.length - b.ids.length);
    let start = 0;
    while (start < sorted.length) {
      let end = start + 1;
      while (
        end < sorted.length &&
        (end + 1 - start) * this.logitsPerSequence(sorted[end]?.ids.length ?? 0) <=
          MAX_LOGITS_PER_RUN
      )
        end++;
      const batch = sorted.slice(start, end);
      const started = performance.now();
      const { data, rowOffsets, vocab, outputBytes, hidden } = await this.runBatch(batch);
      stats.sessionMs += performance.now() - started;
      stats.modelRuns++;
      stats.sequencesRun += batch.length;
      stats.outputBytes += outputBytes;
      batch.forEach((s, b) => {
        const perMask = (rowOffsets[b] ?? []).map((offset) => softmax(data, offset, vocab));
        this.outputs.set(sequenceKey(s), { perMask, h: hidden.h(b), e: hidden.e(b) });
      });
      start = end;
    }
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
    hidden: { h: (b: number) => Float32Array | null; e: (b: number) => Float32Array | null };
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
    const firstRows = rows.map((_, b) => rows.slice(0, b).reduce((n, r) => n + r.length, 0));
    const rowOf = (tensor: TensorLike | undefined, row: number | undefined) => {
      if (!tensor || row === undefined) return null;
      const size = tensor.dims[1] ?? 0;
      return (tensor.data as Float32Array).slice(row * size, (row + 1) * size);
    };
    const hidden = {
      h: (b: number) => rowOf(maskHidden, firstRows[b]),
      e: (b: number) => rowOf(clsHidden, b),
    };
    return { data: logits.data as Float32Array, rowOffsets, vocab, outputBytes, hidden };
  }
}
