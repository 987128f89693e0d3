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
  type MakeInt64Tensor,
  type SequenceOutputs,
  type SessionLike,
} from './batchRunner';
import type { PredictInput, PredictResult, PredictStats } from './predictTypes';
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

interface Prepared {
  sequences: AssembledSequence[];
  outputs: SequenceOutputs[];
  /** Each label word's pieces, as written (repeats included). */
  allPieces: number[][][];
  /** Each class's distinct label words' pieces: what is scored. */
  wordPieces: number[][][];
  sameAs: Array<Array<WordRef | null>>;
  maskCount: number;
  stats: PredictStats;
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

  /**
   * Tokenizes and assembles every example, and runs the model on the sequences not cached yet.
   * Fails only when the template alone does not fit the model.
   */
  private async prepare(input: PredictInput): Promise<Prepared | WorkerError> {
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
    for (const text of input.examples) {
      const assembled = assembleSequence(
        segments.map((s) =>
          s.kind === 'text'
            ? { kind: 'text', ids: facts.encode(s.leadingSpace ? ` ${text}` : text) }
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
    const stats = { modelRuns: 0, sequencesRun: 0, cacheHits: 0, sessionMs: 0, outputBytes: 0 };
    const outputs = await this.batches.outputsFor(sequences, stats);
    return { sequences, outputs, allPieces, wordPieces, sameAs, maskCount, stats };
  }

  /**
   * Features for head tuning, per example: h at the first mask, e at position 0 (both null when
   * the head rewrite did not apply), and each distinct label word's zero-shot log-score.
   */
  async tuningFeatures(input: PredictInput): Promise<TuningFeatures | WorkerError> {
    const prepared = await this.prepare(input);
    if ('code' in prepared) return prepared;
    return {
      examples: prepared.outputs.map((out) => ({
        h: out.h,
        e: out.e,
        wordLogits: wordLogits(out.perMask, prepared.wordPieces),
      })),
      wordClass: prepared.wordPieces.flatMap((words, c) => words.map(() => c)),
    };
  }

  /** Scores every example; fails only when the template alone does not fit the model. */
  async predict(input: PredictInput): Promise<PredictResult | WorkerError> {
    const prepared = await this.prepare(input);
    if ('code' in prepared) return prepared;
    const { sequences, outputs, wordPieces, maskCount, stats } = prepared;
    const scoring: ScoringClass[] = input.classes.map((c, i) => ({
      name: c.name,
      words: wordPieces[i] ?? [],
    }));
    const tuned = input.tunedHead ? promptHeadFrom(input.tunedHead, wordPieces) : null;
    return {
      examples: sequences.map((s, i) => ({
        probs: classProbabilities(outputs[i], scoring, tuned),
        truncatedTokens: s.truncatedTokens,
      })),
      labelWords: describeLabelWords(
        this.facts,
        input.classes,
        prepared.allPieces,
        prepared.sameAs,
      ),
      preview: previewTokens(this.facts, sequences[input.selectedIndex]),
      fillMask: fillMask(this.facts, outputs[input.selectedIndex]),
      maskCount,
      tunedHeadApplied: tuned !== null,
      stats,
    };
  }
}
