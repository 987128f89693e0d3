/**
 * Runs a masked LM over cloze inputs and scores verbalizers. Platform-neutral: it is handed an
 * ORT session and a transformers.js tokenizer, so the browser worker (onnxruntime-web) and the
 * Node reference test (onnxruntime-node) run the very same code.
 *
 * The mask distribution of every sequence is cached by its token ids: label-word edits re-score
 * from the cache with no model run, and editing one example runs only that example.
 */
import { LRUCache } from 'lru-cache';
import { assembleSequence, type AssembledSequence, type SpecialIds } from '../core/sequence';
import { PromptHead } from '../core/tuning/heads';
import type { TunedHeadParams } from '../core/tuning/types';
import { spaceSegments } from '../core/spacing';
import { HEAD_TENSORS } from '../core/onnx/maskedLmHead';
import { createEncodeMemo } from './encodeMemo';
import { exclusive } from './exclusive';
import { softmax, topK } from '../core/softmax';
import { TEXT_PLACEHOLDER, type TemplateSegment } from '../core/template';
import { scoreLabelWord, scoreVerbalizer, type ScoringClass } from '../core/verbalizer';
import type {
  ClassWords,
  LabelWordInfo,
  PredictResult,
  PredictStats,
  PreviewToken,
  WorkerError,
} from './protocol';

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

/** The parts of a transformers.js tokenizer the runner uses. */
export interface TokenizerLike {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
  get_vocab(): Map<string, number>;
  readonly mask_token: string;
  readonly mask_token_id: number;
  readonly unk_token_id: number;
  readonly all_special_ids: number[];
}

/** A request to score examples under a template and a verbalizer. */
export interface PredictInput {
  template: TemplateSegment[];
  examples: string[];
  classes: ClassWords[];
  selectedIndex: number;
  /** Score label words as they appear after a space (matters only for space-sensitive tokenizers). */
  labelWordsAfterSpace: boolean;
  /** A tuned prompt head to score with instead of the zero-shot rule, or null. */
  tunedHead: TunedHeadParams | null;
}

// A batch's logits are batch × sequence × vocabulary floats; cap them so BERT-base-sized
// vocabularies on long inputs do not ask the browser for gigabytes in one run.
const MAX_LOGITS_PER_RUN = 24_000_000;
const FILL_MASK_TOP = 10;
// Longer label words are scored on their first pieces only; more masks rarely help and cost.
const MAX_MASKS = 5;

/** What one sequence's run leaves in the cache. */
interface SequenceOutputs {
  /** Softmax over the vocabulary at each mask. */
  perMask: Float32Array[];
  /** The MLM head's input at the first mask, when the graph exposes it. */
  h: Float32Array | null;
  /** The encoder's output at position 0, when the graph exposes it. */
  e: Float32Array | null;
}

interface Prepared {
  sequences: AssembledSequence[];
  outputs: SequenceOutputs[];
  wordPieces: number[][][];
  maskCount: number;
  afterSpace: boolean;
  stats: PredictStats;
}

/** Per-example features for tuning, and the class of each (flattened) label word. */
export interface TuningFeatures {
  examples: Array<{ h: Float32Array | null; e: Float32Array | null; wordLogits: Float32Array }>;
  wordClass: number[];
}

/** Rebuilds a prompt head for scoring, or null when it no longer fits the verbalizer. */
function promptHeadFrom(tuned: TunedHeadParams, wordPieces: number[][][]): PromptHead | null {
  const wordClass = wordPieces.flatMap((words, c) => words.map(() => c));
  if (
    wordClass.length !== tuned.wordCount ||
    tuned.params.length !== tuned.wordCount * (tuned.hidden + 1)
  )
    return null;
  const head = new PromptHead(wordClass, wordPieces.length, tuned.hidden);
  head.params.set(tuned.params);
  return head;
}

/** Runs one model; one instance per loaded model, so its caches never mix models. */
export class MaskedLmRunner {
  private readonly idToToken: string[];
  private readonly special: SpecialIds;
  private readonly specialIds: Set<number>;
  /** The tokenizer encodes a word differently after a space (byte-level BPE). */
  readonly spaceSensitive: boolean;
  /** The tokenizer keeps case: 'Great' and 'great' are different tokens. */
  readonly cased: boolean;
  /** Model outputs per sequence, keyed by the exact input ids; sized by bytes. */
  private readonly distributions: LRUCache<string, SequenceOutputs>;

  constructor(
    private readonly session: SessionLike,
    private readonly tokenizer: TokenizerLike,
    private readonly makeTensor: MakeInt64Tensor,
    readonly maxLength: number,
  ) {
    this.idToToken = [];
    for (const [token, id] of tokenizer.get_vocab()) this.idToToken[id] = token;
    this.special = findSpecialIds(tokenizer);
    this.specialIds = new Set(tokenizer.all_special_ids);
    const same = (a: string, b: string) => this.encode(a).join() === this.encode(b).join();
    this.spaceSensitive = !same('a', ' a');
    this.cased = !same('Great', 'great');
    this.distributions = new LRUCache({
      maxSize: 256 * 1024 * 1024,
      sizeCalculation: (out) =>
        out.perMask.reduce((n, p) => n + p.byteLength, 64) +
        (out.h?.byteLength ?? 0) +
        (out.e?.byteLength ?? 0),
    });
  }

  /** Size of the vocabulary the model predicts over. */
  get vocabSize(): number {
    return this.idToToken.length;
  }

  /**
   * Tokenizes and assembles every example, and runs the model on the sequences not cached yet.
   * Fails only when the template alone does not fit the model.
   */
  private async prepare(input: PredictInput): Promise<Prepared | WorkerError> {
    const segments = spaceSegments(input.template, this.spaceSensitive);
    const afterSpace = input.labelWordsAfterSpace && this.spaceSensitive;
    const wordPieces = input.classes.map((c) =>
      c.words.map((w) => this.labelWordPieces(w, afterSpace)),
    );
    // PET: as many masks as the longest label word has pieces.
    const maskCount = Math.min(MAX_MASKS, Math.max(1, ...wordPieces.flat().map((p) => p.length)));
    const sequences = [];
    for (const text of input.examples) {
      const assembled = assembleSequence(
        segments.map((s) =>
          s.kind === 'text'
            ? { kind: 'text', ids: this.encode(s.leadingSpace ? ` ${text}` : text) }
            : s.kind === 'literal'
              ? { kind: 'literal', ids: this.encode(s.text) }
              : s,
        ),
        this.special,
        this.maxLength,
        maskCount,
      );
      if ('error' in assembled) return { code: 'templateTooLong', ...assembled };
      sequences.push(assembled);
    }
    const stats = { modelRuns: 0, sequencesRun: 0, cacheHits: 0, sessionMs: 0, outputBytes: 0 };
    const keys = sequences.map((s) => s.ids.join(','));
    const missing = sequences.filter((_, i) => {
      const hit = this.distributions.has(keys[i] ?? '');
      if (hit) stats.cacheHits++;
      return !hit;
    });
    await this.runMissing(uniqueByKey(missing), stats);
    const outputs = keys.map((key) => this.outputsOf(key));
    return { sequences, outputs, wordPieces, maskCount, afterSpace, stats };
  }

  /**
   * Features for head tuning, per example: h at the first mask, e at position 0 (both null when
   * the head rewrite did not apply), and each label word's zero-shot log-score.
   */
  async tuningFeatures(input: PredictInput): Promise<TuningFeatures | WorkerError> {
    const prepared = await this.prepare(input);
    if ('code' in prepared) return prepared;
    return {
      examples: prepared.outputs.map((out) => ({
        h: out.h,
        e: out.e,
        wordLogits: Float32Array.from(
          prepared.wordPieces.flat().map((pieces) => Math.log(scoreLabelWord(out.perMask, pieces))),
        ),
      })),
      wordClass: prepared.wordPieces.flatMap((words, c) => words.map(() => c)),
    };
  }

  /** Scores every example; fails only when the template alone does not fit the model. */
  async predict(input: PredictInput): Promise<PredictResult | WorkerError> {
    const prepared = await this.prepare(input);
    if ('code' in prepared) return prepared;
    const { sequences, outputs, wordPieces, maskCount, afterSpace, stats } = prepared;
    const labelWords = input.classes.map((c) =>
      c.words.map((w) => this.describeWord(w, afterSpace)),
    );
    const scoring: ScoringClass[] = input.classes.map((c, i) => ({
      name: c.name,
      words: wordPieces[i] ?? [],
    }));

    const tuned = input.tunedHead ? promptHeadFrom(input.tunedHead, wordPieces) : null;
    const examples = sequences.map((s, i) => ({
      probs: this.classProbabilities(outputs[i], scoring, tuned, wordPieces),
      truncatedTokens: s.truncatedTokens,
    }));

    const selected = sequences[input.selectedIndex];
    const preview: PreviewToken[] = selected
      ? selected.ids.map((id, i) => ({
          text: this.idToToken[id] ?? `#${id}`,
          isMask: selected.maskIndices.includes(i),
          isSpecial: this.specialIds.has(id),
        }))
      : [];
    const fillMask = selected
      ? topK(outputs[input.selectedIndex]?.perMask[0] ?? new Float32Array(), FILL_MASK_TOP).map(
          ([id, prob]) => ({
            token: this.idToToken[id] ?? `#${id}`,
            prob,
          }),
        )
      : [];
    return {
      examples,
      labelWords,
      preview,
      fillMask,
      maskCount,
      tunedHeadApplied: tuned !== null,
      stats,
    };
  }

  /** Runs the model on sequences not in the cache, in as few batches as memory allows. */
  private async runMissing(
    sequences: Array<{ ids: number[]; maskIndices: number[] }>,
    stats: { modelRuns: number; sequencesRun: number; sessionMs: number; outputBytes: number },
  ): Promise<void> {
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
        this.distributions.set(s.ids.join(','), { perMask, h: hidden.h(b), e: hidden.e(b) });
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
  private async runBatch(batch: Array<{ ids: number[]; maskIndices: number[] }>): Promise<{
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

  private outputsOf(key: string): SequenceOutputs {
    const outputs = this.distributions.get(key);
    if (!outputs) throw new Error('Mask distribution missing from cache.');
    return outputs;
  }

  /** Class probabilities by the scoring rule, or through a tuned prompt head when one applies. */
  private classProbabilities(
    outputs: SequenceOutputs | undefined,
    scoring: ScoringClass[],
    tuned: PromptHead | null,
    wordPieces: number[][][],
  ): number[] {
    if (!outputs) return scoring.map(() => 1 / scoring.length);
    if (!tuned) return scoreVerbalizer(outputs.perMask, scoring);
    return tuned.probabilities({
      h: outputs.h ?? new Float32Array(0),
      e: outputs.e ?? new Float32Array(0),
      wordLogits: Float32Array.from(
        wordPieces.flat().map((pieces) => Math.log(scoreLabelWord(outputs.perMask, pieces))),
      ),
      label: 0,
    });
  }

  private readonly encodeCache = createEncodeMemo();

  private encode(text: string): number[] {
    let ids = this.encodeCache.get(text);
    if (!ids) {
      ids = this.tokenizer.encode(text, { add_special_tokens: false });
      this.encodeCache.set(text, ids);
    }
    return ids;
  }

  /** A label word's piece ids as they would stand at the mask (after a space, for byte-level BPE). */
  private labelWordPieces(word: string, afterSpace: boolean): number[] {
    const ids = this.encode(afterSpace ? ` ${word}` : word);
    return ids.length > 0 ? ids : [this.tokenizer.unk_token_id];
  }

  private describeWord(word: string, afterSpace: boolean): LabelWordInfo {
    const ids = this.labelWordPieces(word, afterSpace);
    return {
      word,
      pieces: ids.map((id) => this.idToToken[id] ?? `#${id}`),
      unknown: ids.includes(this.tokenizer.unk_token_id),
    };
  }
}

/** Finds the ids a tokenizer wraps around every sequence by encoding a probe with and without them. */
function findSpecialIds(tokenizer: TokenizerLike): SpecialIds {
  const probe = TEXT_PLACEHOLDER;
  const inner = tokenizer.encode(probe, { add_special_tokens: false });
  const outer = tokenizer.encode(probe, { add_special_tokens: true });
  const at = outer.findIndex((_, i) => inner.every((id, j) => outer[i + j] === id));
  const start = at < 0 ? 0 : at;
  return {
    prefix: outer.slice(0, start),
    suffix: outer.slice(start + inner.length),
    mask: tokenizer.mask_token_id,
  };
}

function uniqueByKey<T extends { ids: number[] }>(sequences: T[]): T[] {
  const seen = new Map<string, T>();
  for (const s of sequences) seen.set(s.ids.join(','), s);
  return [...seen.values()];
}
