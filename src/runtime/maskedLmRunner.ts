/**
 * Runs a masked LM over cloze inputs and scores verbalizers. Platform-neutral: it is handed an
 * ORT session and a transformers.js tokenizer, so the browser worker (onnxruntime-web) and the
 * Node reference test (onnxruntime-node) run the very same code.
 *
 * A facade over three parts: tokenizer facts (tokenizerFacts.ts), batched runs with a cache of
 * every sequence's mask distributions keyed by its token ids (batchRunner.ts: label-word edits
 * re-score with no model run, editing one example runs only that example), and scoring
 * (scoring.ts).
 */
import { groupLabelWordPieces, type WordRef } from '../core/labelWordTokens';
import { assembleSequence, type AssembledSequence } from '../core/sequence';
import { spaceSegments } from '../core/spacing';
import type { ScoringClass } from '../core/verbalizer';
import {
  BatchRunner,
  MAX_MASKS,
  type ChunkProgress,
  type MakeInt64Tensor,
  type SequenceOutputs,
  type SessionLike,
} from './batchRunner';
import {
  noRuns,
  type ExampleScores,
  type PartialPrediction,
  type PredictInput,
  type PredictResult,
  type PredictStats,
  type PredictSummary,
} from './predictTypes';
import type { WorkerError } from './protocol';
import {
  classProbabilities,
  describeLabelWords,
  fillMask,
  previewTokens,
  promptHeadFrom,
  wordLogits,
} from './scoring';
import { TokenizerFacts, type TokenizerLike } from './tokenizerFacts';

export type { MakeInt64Tensor, SessionLike, TensorLike } from './batchRunner';
export type { PredictInput } from './predictTypes';
export type { TokenizerLike } from './tokenizerFacts';

/** The sequences of a request and its label words as the tokenizer splits them. */
interface Assembled {
  sequences: AssembledSequence[];
  /** Each label word's pieces, as written (repeats included). */
  allPieces: number[][][];
  /** Each class's distinct label words' pieces: what is scored. */
  wordPieces: number[][][];
  sameAs: Array<Array<WordRef | null>>;
  maskCount: number;
}

/** A prediction that stopped because `keepGoing` said so, and what it had run by then. */
export interface StoppedPrediction {
  stopped: true;
  stats: PredictStats;
}

/** How a prediction reports rows as they finish, and learns whether to go on. */
export interface PredictProgress {
  /** Example indices to compute first after the selected one (the rows in view). */
  priority: readonly number[];
  /** Hears each chunk's finished rows. */
  onRows(partial: PartialPrediction): void;
  /** Asked after each chunk (it may yield to the worker's messages); false drops the rest. */
  keepGoing(): Promise<boolean>;
}

/** Per-example features for tuning, and the class of each (flattened) label word. */
export interface TuningFeatures {
  examples: Array<{ h: Float32Array | null; e: Float32Array | null; wordLogits: Float32Array }>;
  wordClass: number[];
}

/** Runs one model; one instance per loaded model, so its caches never mix models. */
export class MaskedLmRunner {
  private readonly facts: TokenizerFacts;
  private readonly batches: BatchRunner;

  constructor(
    session: SessionLike,
    tokenizer: TokenizerLike,
    makeTensor: MakeInt64Tensor,
    readonly maxLength: number,
  ) {
    this.facts = new TokenizerFacts(tokenizer);
    this.batches = new BatchRunner(session, makeTensor, this.facts.vocabSize);
  }

  /** The tokenizer encodes a word differently after a space (byte-level BPE). */
  get spaceSensitive(): boolean {
    return this.facts.spaceSensitive;
  }

  /** The tokenizer keeps case: 'Great' and 'great' are different tokens. */
  get cased(): boolean {
    return this.facts.cased;
  }

  /** Size of the vocabulary the model predicts over. */
  get vocabSize(): number {
    return this.facts.vocabSize;
  }

  /** Tokenizes and assembles every example; fails only when the template alone does not fit. */
  private assemble(input: PredictInput, texts = input.examples): Assembled | WorkerError {
    const facts = this.facts;
    const segments = spaceSegments(input.template, facts.spaceSensitive);
    const afterSpace = input.labelWordsAfterSpace && facts.spaceSensitive;
    const allPieces = input.classes.map((c) =>
      c.words.map((w) => facts.labelWordPieces(w, afterSpace)),
    );
    // Words that become the same pieces (great, Great on an uncased model) count once per class.
    const { distinct: wordPieces, sameAs } = groupLabelWordPieces(allPieces);
    // PET: as many masks as the longest label word has pieces.
    const maskCount = Math.min(MAX_MASKS, Math.max(1, ...wordPieces.flat().map((p) => p.length)));
    const sequences = [];
    for (const [k, text] of texts.entries()) {
      // Content-free texts (after the examples) have no second text: `{text_b}` stays empty.
      const fill = { text, textB: input.examplesB?.[k] ?? '' };
      const assembled = assembleSequence(
        segments.map((s) =>
          s.kind === 'text' || s.kind === 'textB'
            ? {
                kind: s.kind,
                ids: facts.encode(s.leadingSpace ? ` ${fill[s.kind]}` : fill[s.kind]),
              }
            : s.kind === 'literal'
              ? { kind: 'literal', ids: facts.encode(s.text) }
              : s,
        ),
        facts.special,
        this.maxLength,
        maskCount,
      );
      if ('error' in assembled) return { code: 'templateTooLong', ...assembled };
      sequences.push(assembled);
    }
    return { sequences, allPieces, wordPieces, sameAs, maskCount };
  }

  /**
   * Each example's softmax over the vocabulary at each of its masks, from the cache where the
   * rows were scored before (no model run), else run whole. The searches read these.
   */
  async maskDistributions(input: PredictInput): Promise<Float32Array[][] | WorkerError> {
    const assembled = this.assemble(input);
    if ('code' in assembled) return assembled;
    const outputs = await this.batches.outputsFor(assembled.sequences, noRuns());
    if (!outputs) throw new Error('A run without progress cannot stop early.');
    return outputs.map((out) => out.perMask);
  }

  /** The tokenizer's facts (token texts, special ids, encodings), for the searches. */
  get tokenizerFacts(): TokenizerFacts {
    return this.facts;
  }

  /**
   * Features for head tuning, per example: h at the first mask, e at position 0 (both null when
   * the head rewrite did not apply), and each distinct label word's zero-shot log-score.
   */
  async tuningFeatures(input: PredictInput): Promise<TuningFeatures | WorkerError> {
    const assembled = this.assemble(input);
    if ('code' in assembled) return assembled;
    const outputs = await this.batches.outputsFor(assembled.sequences, noRuns());
    if (!outputs) throw new Error('A run without progress cannot stop early.');
    return {
      examples: outputs.map((out) => ({
        h: out.h,
        e: out.e,
        wordLogits: wordLogits(out.perMask, assembled.wordPieces),
      })),
      wordClass: assembled.wordPieces.flatMap((words, c) => words.map(() => c)),
    };
  }

  /**
   * Scores every example; fails only when the template alone does not fit the model. With
   * `progress` the model runs in chunks (the selected example and `priority` rows first), each
   * chunk's rows are reported as they finish, and the answer says it stopped when `keepGoing`
   * said so.
   */
  async predict(input: PredictInput): Promise<PredictResult | WorkerError>;
  async predict(
    input: PredictInput,
    progress: PredictProgress | null,
  ): Promise<PredictResult | WorkerError | StoppedPrediction>;
  async predict(
    input: PredictInput,
    progress: PredictProgress | null = null,
  ): Promise<PredictResult | WorkerError | StoppedPrediction> {
    // Content-free texts run after the examples, as sequences n, n+1, …; answered apart.
    const contentFree = input.contentFree ?? [];
    const rowCount = input.examples.length;
    const assembled = this.assemble(input, [...input.examples, ...contentFree]);
    if ('code' in assembled) return assembled;
    const { sequences, wordPieces, maskCount } = assembled;
    const contentFreeIndices = contentFree.map((_, k) => rowCount + k);
    const scoring: ScoringClass[] = input.classes.map((c, i) => ({
      name: c.name,
      words: wordPieces[i] ?? [],
    }));
    const tuned = input.tunedHead ? promptHeadFrom(input.tunedHead, wordPieces) : null;
    const scores = (outputs: SequenceOutputs, index: number): ExampleScores => ({
      probs: classProbabilities(outputs, scoring, tuned),
      truncatedTokens: sequences[index]?.truncatedTokens ?? 0,
    });
    const summary = (selected: SequenceOutputs | undefined): PredictSummary => ({
      labelWords: describeLabelWords(
        this.facts,
        input.classes,
        assembled.allPieces,
        assembled.sameAs,
      ),
      preview: previewTokens(this.facts, sequences[input.selectedIndex]),
      fillMask: fillMask(this.facts, selected),
      maskCount,
      tunedHeadApplied: tuned !== null,
    });
    let summarySent = false;
    const contentFreeReady = new Map<number, number[]>();
    let contentFreeSent = contentFree.length === 0;
    const chunks: ChunkProgress | null = progress && {
      // Calibration needs the content-free scores as soon as the first rows show.
      priority: [input.selectedIndex, ...contentFreeIndices, ...progress.priority],
      afterChunk: (ready) => {
        const selected = ready.find((r) => r.index === input.selectedIndex);
        for (const r of ready)
          if (r.index >= rowCount) contentFreeReady.set(r.index, scores(r.outputs, r.index).probs);
        const contentFreeNow = !contentFreeSent && contentFreeReady.size === contentFree.length;
        progress.onRows({
          rows: ready
            .filter((r) => r.index < rowCount)
            .map((r) => ({ index: r.index, scores: scores(r.outputs, r.index) })),
          summary: !summarySent && selected ? summary(selected.outputs) : null,
          contentFree: contentFreeNow
            ? contentFreeIndices.map((i) => contentFreeReady.get(i) ?? [])
            : null,
        });
        summarySent ||= selected !== undefined;
        contentFreeSent ||= contentFreeNow;
        return progress.keepGoing();
      },
    };
    const stats = noRuns();
    const outputs = await this.batches.outputsFor(sequences, stats, chunks);
    if (!outputs) return { stopped: true, stats };
    return {
      ...summary(outputs[input.selectedIndex]),
      examples: outputs.slice(0, rowCount).map((out, i) => scores(out, i)),
      contentFree: contentFreeIndices.map((i) => scores(outputs[i] as SequenceOutputs, i).probs),
      stats,
    };
  }
}
