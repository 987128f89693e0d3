/**
 * What a predict request asks and what its answer holds: the one declaration of these fields,
 * shared by the runner (which computes them) and the worker protocol (which carries them).
 */
import type { DemonstrationSampling } from '../core/search/demonstrationSettings';
import type { TemplateSegment } from '../core/template';
import type { TunedHeadParams } from '../core/tuning/types';
import type { UnknownShare } from '../core/unknownTokens';

/** A request to score examples under a template and a verbalizer. */
export interface PredictInput {
  template: TemplateSegment[];
  examples: string[];
  /**
   * Each example's second text, for a template's `{text_b}` (same order as `examples`); a
   * missing entry, or no list at all, fills `{text_b}` with the empty string.
   */
  examplesB?: string[];
  classes: ClassWords[];
  selectedIndex: number;
  /** Score label words as they appear after a space (matters only for space-sensitive tokenizers). */
  labelWordsAfterSpace: boolean;
  /** A tuned prompt head to score with instead of the zero-shot rule, or null. */
  tunedHead: TunedHeadParams | null;
  /**
   * Content-free texts (`N/A`, the empty string) to score in the template beside the examples,
   * for contextual calibration; answered apart from the rows (`contentFree`). None when absent.
   */
  contentFree?: string[];
  /** Labelled demonstrations to follow each input (LM-BFF); none when absent. */
  demonstrations?: DemonstrationRequest;
}

/** The pool of labelled rows demonstrations come from, and how they are chosen. */
export interface DemonstrationRequest {
  /** The pool rows' texts. */
  texts: string[];
  /** Gold class index of each pool row. */
  classIndex: number[];
  /** Per request example, its row in the pool (−1 when it is not a pool row). */
  poolIndexOfExample: number[];
  perClass: number;
  /** Each example runs once per set; its class probabilities are the mean over the sets. */
  sets: number;
  sampling: DemonstrationSampling;
  seed: number;
}

/** A class as the worker needs it: a name and its label words. */
export interface ClassWords {
  name: string;
  words: string[];
}

/** How the tokenizer splits one label word. */
export interface LabelWordInfo {
  word: string;
  pieces: string[];
  /** The word is not in the vocabulary and becomes the unknown token. */
  unknown: boolean;
  /**
   * Another label word the tokenizer turns into the same pieces (`Great` and `great` on an
   * uncased model): in the same class it is counted once; in another class it cannot tell the
   * two apart. Null when the word's pieces are its own.
   */
  sameTokenAs: { word: string; className: string; sameClass: boolean } | null;
}

/** One token of the sequence the model reads, for the preview. */
export interface PreviewToken {
  text: string;
  isMask: boolean;
  isSpecial: boolean;
  /** Part of a demonstration (a labelled row after the input), not of the input itself. */
  isDemonstration?: boolean;
  /** A soft token [P]: a vector the model reads in place of a word (shown by its start word). */
  isSoft?: boolean;
}

/** Per-example scores, in the order of the request's examples. */
export interface ExampleScores {
  probs: number[];
  truncatedTokens: number;
}

/** Counters that show the cache and the batching at work. */
export interface PredictStats {
  modelRuns: number;
  sequencesRun: number;
  cacheHits: number;
  sessionMs: number;
  /** Bytes the session handed back (logits and features): what the mask-row rewrite saves. */
  outputBytes: number;
  /** Real tokens of the sequences run. */
  tokens: number;
  /** Padding tokens the batches added (computed and thrown away). */
  paddedTokens: number;
}

/** What a predict answer says besides the per-example scores. */
export interface PredictSummary {
  labelWords: LabelWordInfo[][];
  preview: PreviewToken[];
  /** Top tokens at the first mask. */
  fillMask: Array<{ token: string; prob: number }>;
  /** How many consecutive masks the template's [MASK] became (one per piece of the longest word). */
  maskCount: number;
  /** Whether the request's tuned head fitted and scored these examples. */
  tunedHeadApplied: boolean;
  /** What the model reads as [UNK] in the template and the rows (another language's text). */
  unknown: UnknownShare;
}

/** Class probabilities of the request's content-free texts, in their order. */
export type ContentFreeScores = number[][];

/** Counters with nothing run yet: where a prediction starts counting. */
export function noRuns(): PredictStats {
  return {
    modelRuns: 0,
    sequencesRun: 0,
    cacheHits: 0,
    sessionMs: 0,
    outputBytes: 0,
    tokens: 0,
    paddedTokens: 0,
  };
}

/** The answer to one predict request. */
export interface PredictResult extends PredictSummary {
  examples: ExampleScores[];
  contentFree: ContentFreeScores;
  stats: PredictStats;
}

/** One example's scores, finished while the rest of its prediction still runs. */
export interface ScoredRow {
  index: number;
  scores: ExampleScores;
}

/**
 * Rows of a prediction that is still running. `summary` comes with the first update in which the
 * selected example is ready (it is computed first), else null.
 */
export interface PartialPrediction {
  rows: ScoredRow[];
  summary: PredictSummary | null;
  /** The content-free scores, in the update in which the last of them is ready, else null. */
  contentFree: ContentFreeScores | null;
}
