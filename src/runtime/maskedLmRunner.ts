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
import { assembleSequence, type AssembledSequence, type TokenizedSegment } from '../core/sequence';
import { spaceSegments } from '../core/spacing';
import { softTokenCount, type TemplateSegment } from '../core/template';
import { softStartIds } from '../core/softPrompt/startWords';
import type { ScoringClass } from '../core/verbalizer';
import {
  BatchRunner,
  MAX_MASKS,
  type ChunkProgress,
  type MakeInt64Tensor,
  type ReadySequence,
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
import { unknownShare } from './unknownShare';
import { TokenizerFacts, type TokenizerLike } from './tokenizerFacts';
import { DemonstrationSequences, type DemonstrationFeatures } from './demonstrationSequences';

export type { MakeInt64Tensor, SessionLike, TensorLike } from './batchRunner';
export type { PredictInput } from './predictTypes';
export type { TokenizerLike } from './tokenizerFacts';

/** The sequences of a request and its label words as the tokenizer splits them. */
interface Assembled {
  /** With demonstrations, also where they sit (for the preview). */
  sequences: Array<AssembledSequence & { demonstrationRanges?: Array<[number, number]> }>;
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
  /** The demonstration builder of the texts being assembled (see `assemble`). */
  private readonly demonstrationBuilders = new WeakMap<string[], DemonstrationSequences>();

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
   * Tokenizes and assembles every example (with demonstration set `set` when the request has
   * demonstrations); fails only when the template alone does not fit.
   */
  private assemble(
    input: PredictInput,
    texts = input.examples,
    set = 0,
    features: DemonstrationFeatures | null = null,
  ): Assembled | WorkerError {
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
    // One builder per request and texts, so every set reuses each input's choice.
    const demonstrations = input.demonstrations?.texts.length
      ? (this.demonstrationBuilders.get(texts) ??
        new DemonstrationSequences(
          facts,
          segments,
          allPieces.map((words) => words[0] ?? []),
          input.demonstrations,
          features,
        ))
      : null;
    if (demonstrations) this.demonstrationBuilders.set(texts, demonstrations);
    // Soft tokens [P] read as their start words until a trained soft prompt is fed (issue #14).
    const softFill = softStartIds(
      softTokenCount(input.template),
      input.template.map((s) => (s.kind === 'literal' ? s.text : '')).join(''),
      (word) => facts.encode(word),
      facts.unknownId,
      facts.special.mask,
    );
    const sequences = [];
    for (const [t, text] of texts.entries()) {
      // Content-free texts (after the examples) have no second text: `{text_b}` stays empty.
      const fill = { text, textB: input.examplesB?.[t] ?? '' };
      const query: TokenizedSegment[] = segments.map((s) =>
        s.kind === 'text' || s.kind === 'textB'
          ? { kind: s.kind, ids: facts.encode(s.leadingSpace ? ` ${fill[s.kind]}` : fill[s.kind]) }
          : s.kind === 'literal'
            ? { kind: 'literal', ids: facts.encode(s.text) }
            : s,
      );
      const assembled = demonstrations
        ? demonstrations.assemble(query, text, t, set, this.maxLength, maskCount, softFill)
        : assembleSequence(query, facts.special, this.maxLength, maskCount, softFill);
      if ('error' in assembled) return { code: 'templateTooLong', ...assembled };
      sequences.push(assembled);
    }
    return { sequences, allPieces, wordPieces, sameAs, maskCount };
  }

  /**
   * Each example's softmax over the vocabulary at each of its masks, from the cache where the
   * rows were scored before (no model run), else run whole. The searches read these. `stats`
   * counts the runs; with `keepGoing` the rows run in chunks and it is asked after each one
   * (false: resolves null, what ran stays cached).
   */
  async maskDistributions(input: PredictInput): Promise<Float32Array[][] | WorkerError>;
  async maskDistributions(
    input: PredictInput,
    stats: PredictStats,
    keepGoing: (() => Promise<boolean>) | null,
  ): Promise<Float32Array[][] | WorkerError | null>;
  async maskDistributions(
    input: PredictInput,
    stats: PredictStats = noRuns(),
    keepGoing: (() => Promise<boolean>) | null = null,
  ): Promise<Float32Array[][] | WorkerError | null> {
    const features = await this.demonstrationFeatures(input, input.examples, stats);
    const assembled = this.assemble(input, input.examples, 0, features);
    if ('code' in assembled) return assembled;
    const chunks: ChunkProgress | null = keepGoing && { priority: [], afterChunk: keepGoing };
    const outputs = await this.batches.outputsFor(assembled.sequences, stats, chunks);
    if (!outputs && !keepGoing) throw new Error('A run without progress cannot stop early.');
    return outputs && outputs.map((out) => out.perMask);
  }

  /**
   * For 'similar' demonstrations: per text (pool rows and `texts`), the mean-pooled encoder
   * output (its sum over the real tokens: cosine ignores the scale) of the text read in the
   * template alone; without that output (a graph without an attention mask) the MLM head's input
   * at the mask, else the encoder output at position 0. These sequences are the ones scored
   * without demonstrations, so their features are cached with the rows: rows evaluated before
   * cost no run. Null for random sampling, or when the graph exposes none (draws are then random).
   */
  private async demonstrationFeatures(
    input: PredictInput,
    texts: string[],
    stats: PredictStats,
  ): Promise<DemonstrationFeatures | null> {
    const request = input.demonstrations;
    if (request?.sampling !== 'similar' || request.texts.length === 0) return null;
    const all = [...new Set([...request.texts, ...texts])];
    // `all` is not the request's examples: their second texts do not line up, so none are used.
    const plain = this.assemble({ ...input, demonstrations: undefined, examplesB: undefined }, all);
    if ('code' in plain) return null;
    const outputs = await this.batches.outputsFor(plain.sequences, stats);
    if (!outputs) return null;
    const features: DemonstrationFeatures = new Map();
    outputs.forEach((out, i) => {
      const vector = out.pooled ?? out.h ?? out.e;
      if (vector) features.set(all[i] ?? '', vector);
    });
    return features;
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
    // With demonstrations: the first set's sequences, so a head tuned with them scores with them.
    const features = await this.demonstrationFeatures(input, input.examples, noRuns());
    const assembled = this.assemble(input, input.examples, 0, features);
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
   * Class probabilities (the table's scoring, a tuned head included) of the request's examples
   * under its template, then of its first example under each of `templates`: the sequences of
   * an occlusion explanation, all in one call to the batch runner.
   */
  async scoreVariants(
    input: PredictInput,
    templates: readonly TemplateSegment[][],
  ): Promise<{ probs: number[][]; stats: PredictStats } | WorkerError> {
    const own = this.assemble(input);
    if ('code' in own) return own;
    const sequences = [...own.sequences];
    for (const template of templates) {
      const variant = this.assemble({ ...input, template }, input.examples.slice(0, 1));
      if ('code' in variant) return variant;
      sequences.push(...variant.sequences);
    }
    const scoring = input.classes.map((c, i) => ({ name: c.name, words: own.wordPieces[i] ?? [] }));
    const tuned = input.tunedHead ? promptHeadFrom(input.tunedHead, own.wordPieces) : null;
    const stats = noRuns();
    const outputs = await this.batches.outputsFor(sequences, stats);
    if (!outputs) throw new Error('A run without progress cannot stop early.');
    return { probs: outputs.map((out) => classProbabilities(out, scoring, tuned)), stats };
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
    const texts = [...input.examples, ...contentFree];
    const stats = noRuns();
    // With demonstrations every text runs once per set: sequence `set * texts.length + text`.
    const setCount = input.demonstrations?.texts.length
      ? Math.max(1, input.demonstrations.sets)
      : 1;
    const features = await this.demonstrationFeatures(input, texts, stats);
    const perSet: Assembled[] = [];
    for (let set = 0; set < setCount; set++) {
      const one = this.assemble(input, texts, set, features);
      if ('code' in one) return one;
      perSet.push(one);
    }
    const assembled = perSet[0] as Assembled;
    const { sequences, wordPieces, maskCount } = assembled;
    const contentFreeIndices = contentFree.map((_, k) => rowCount + k);
    const scoring: ScoringClass[] = input.classes.map((c, i) => ({
      name: c.name,
      words: wordPieces[i] ?? [],
    }));
    const tuned = input.tunedHead ? promptHeadFrom(input.tunedHead, wordPieces) : null;
    // A text's class probabilities: the mean over its demonstration sets.
    const scores = (outputs: SequenceOutputs[], index: number): ExampleScores => ({
      probs: meanProbabilities(outputs.map((out) => classProbabilities(out, scoring, tuned))),
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
      unknown: unknownShare(this.facts, input.template, input.examples),
    });
    const everySet = (index: number) =>
      Array.from({ length: setCount }, (_, set) => set * texts.length + index);
    // Each text's outputs per set as they come; a text is ready once all its sets are.
    const gathered = new Map<number, SequenceOutputs[]>();
    const complete = (ready: ReadySequence[]) =>
      ready.flatMap((r) => {
        const index = r.index % texts.length;
        const outputs = gathered.get(index) ?? [];
        outputs[Math.floor(r.index / texts.length)] = r.outputs;
        gathered.set(index, outputs);
        return outputs.filter(Boolean).length === setCount ? [{ index, outputs }] : [];
      });
    let summarySent = false;
    const contentFreeReady = new Map<number, number[]>();
    let contentFreeSent = contentFree.length === 0;
    const chunks: ChunkProgress | null = progress && {
      // Calibration needs the content-free scores as soon as the first rows show.
      priority: [input.selectedIndex, ...contentFreeIndices, ...progress.priority].flatMap(
        everySet,
      ),
      afterChunk: (sequencesReady) => {
        const ready = complete(sequencesReady);
        const selected = ready.find((r) => r.index === input.selectedIndex);
        for (const r of ready)
          if (r.index >= rowCount) contentFreeReady.set(r.index, scores(r.outputs, r.index).probs);
        const contentFreeNow = !contentFreeSent && contentFreeReady.size === contentFree.length;
        progress.onRows({
          rows: ready
            .filter((r) => r.index < rowCount)
            .map((r) => ({ index: r.index, scores: scores(r.outputs, r.index) })),
          summary: !summarySent && selected ? summary(selected.outputs[0]) : null,
          contentFree: contentFreeNow
            ? contentFreeIndices.map((i) => contentFreeReady.get(i) ?? [])
            : null,
        });
        summarySent ||= selected !== undefined;
        contentFreeSent ||= contentFreeNow;
        return progress.keepGoing();
      },
    };
    const outputs = await this.batches.outputsFor(
      perSet.flatMap((one) => one.sequences),
      stats,
      chunks,
    );
    if (!outputs) return { stopped: true, stats };
    const ofText = (index: number) => everySet(index).map((i) => outputs[i] as SequenceOutputs);
    return {
      ...summary(outputs[input.selectedIndex]),
      examples: input.examples.map((_, i) => scores(ofText(i), i)),
      contentFree: contentFreeIndices.map((i) => scores(ofText(i), i).probs),
      stats,
    };
  }
}

/** The element-wise mean of several probability vectors (the one vector when there is one). */
function meanProbabilities(perSet: number[][]): number[] {
  const [first = [], ...rest] = perSet;
  if (rest.length === 0) return first;
  return first.map((p, c) => rest.reduce((sum, probs) => sum + (probs[c] ?? 0), p) / perSet.length);
}
