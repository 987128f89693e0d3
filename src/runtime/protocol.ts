/**
 * The typed messages between the UI (through the store's worker client) and the model worker.
 * One discriminated union per direction; every request carries an `id` and every answer names
 * the request it answers, so the store can drop answers to superseded requests.
 */
import type { Backend, BackendChoice } from '../core/backend';
import type { ModelSource } from '../core/modelSource';
import type { HeadRewriteReason } from '../core/onnx/maskedLmHead';
import type { LoadFailure } from './loadErrors';
import type { PartialPrediction, PredictInput, PredictResult, PredictStats } from './predictTypes';
import type { CalibrationMode } from '../core/evaluation/calibration';
import type { LabelWordSearchResult } from '../core/search/labelWords';
import type {
  CurveRow,
  HistoryRow,
  TunedHeadParams,
  TuningProblem,
  TuningSettings,
} from '../core/tuning/types';

export type {
  ClassWords,
  ExampleScores,
  PartialPrediction,
  LabelWordInfo,
  PredictInput,
  PredictResult,
  PredictStats,
  PredictSummary,
  PreviewToken,
} from './predictTypes';

export type { Backend, BackendChoice };

/** Why the model runs where it runs: the text beside the Backend select says it. */
export type BackendReason =
  /** The person asked for this backend (the Backend select or `?backend=`). */
  | { code: 'asked' }
  /** Auto chose WebGPU: the adapter is a real GPU. */
  | { code: 'hardwareAdapter'; adapter: string }
  /** Auto chose WASM: the only adapter is a software fallback (SwiftShader), slower than WASM. */
  | { code: 'fallbackAdapter'; adapter: string }
  /** Auto chose WASM: the browser offers no WebGPU adapter. */
  | { code: 'noAdapter' };

/** Why a wanted WebGPU session fell back to WASM; `detail` is the raw error, if any. */
export type FallbackReason = { code: 'webgpuFailed'; detail: string } | { code: 'noAdapter' };

/** What the worker reports once a model is ready: the facts the Runtime status shows. */
export interface RuntimeInfo {
  backend: Backend;
  threads: number;
  model: string;
  dtype: string;
  maxLength: number;
  maskToken: string;
  vocabSize: number;
  /** The backend that was asked for when this model loaded. */
  requestedBackend: BackendChoice;
  /** Why it runs on `backend` (for Auto: what the adapter is). */
  backendReason: BackendReason;
  /** Why WebGPU was not used although it was wanted, or null. */
  fallbackReason: FallbackReason | null;
  /** Why the MLM-head rewrite did not apply (the model then runs unmodified), or null. */
  headRewrite: { reason: HeadRewriteReason; detail: string } | null;
  /** The tokenizer encodes words differently after a space (byte-level BPE, e.g. RoBERTa). */
  spaceSensitive: boolean;
  /** The tokenizer keeps case ('Great' ≠ 'great'). */
  cased: boolean;
}

/** The fields of a predict request, reused by tuning requests to name the same inputs. */
export type PredictRequestFields = PredictInput;

/** The fields of a load request: what the worker's `loadModel` takes. */
export type LoadRequestFields = Omit<Extract<WorkerRequest, { type: 'load' }>, 'type' | 'id'>;

/** The worker's memory, for the memory check after model switches (tests and bench only). */
export interface WorkerMemory {
  /** Bytes of every live WebAssembly memory in the worker (ORT's heap; it never shrinks). */
  wasmBytes: number;
  /** The worker's used JavaScript heap where the browser reports it (Chromium), else null. */
  jsHeapBytes: number | null;
}

/** What the worker's predictions have cost since it started (tests and bench only). */
export interface PredictCounters {
  /** Predict requests received. */
  requests: number;
  /** Of those, dropped for a newer one: before they started or between chunks. */
  superseded: number;
  /** Of those, answered with a full result. */
  completed: number;
  /** Model runs (chunks). */
  chunks: number;
  sequencesRun: number;
  /** Real tokens run. */
  tokens: number;
  /** Padding tokens run. */
  paddedTokens: number;
}

/**
 * Class probabilities for an occlusion explanation (core/search/occlusion.ts), in the table's
 * scoring and before calibration: of the text as it stands, with each of its words removed, and
 * under the template with each of the template's own words removed, in word order.
 */
export interface ExplainScores {
  full: number[];
  textVariants: number[][];
  templateVariants: number[][];
  /** The run that computed them (one call to the batch runner). */
  stats: PredictStats;
}

/** A label-word search's answer: what it found, for which classes, and what it cost. */
export interface LabelWordSuggestions extends LabelWordSearchResult {
  /** The classes, in the order of `candidates` and of each assignment's words. */
  classNames: string[];
  /** Rows the search learned from. */
  rows: number;
  /** The whole request in the worker: model runs (if any) and the search. */
  workerMs: number;
  /** The ranking and the assignment search alone. */
  searchMs: number;
  /** Model runs it needed: 0 when every row was cached. */
  modelRuns: number;
}

/** Messages from the UI to the worker. */
export type WorkerRequest =
  | {
      type: 'load';
      id: number;
      source: ModelSource;
      backend: BackendChoice;
      rewriteHead: boolean;
      /** The picked files when `source.kind` is 'folder', else empty. */
      folderFiles: File[];
    }
  | { type: 'cancelLoad'; id: number }
  /** Stops every predict sent before this message ("Cancel evaluation"); they answer superseded. */
  | { type: 'cancelPredict'; id: number }
  | {
      type: 'train' | 'learningCurve';
      id: number;
      input: PredictRequestFields;
      /** Gold class index per example, −1 for unlabelled. */
      labels: number[];
      classNames: string[];
      settings: TuningSettings;
    }
  /** Stop or pause address one tuning job: `jobId` is the id of its train/learningCurve request. */
  | { type: 'stopTuning'; id: number; jobId: number }
  | { type: 'pauseTuning'; id: number; jobId: number; paused: boolean }
  | {
      /** Label words suggested from labelled rows (issue #12); answered `labelWordSuggestions`. */
      type: 'suggestLabelWords';
      id: number;
      /** The search rows' texts as `examples`; the template and class names as for a predict. */
      input: PredictRequestFields;
      /** Gold class index per example. */
      labels: number[];
      /** Candidates kept per class. */
      k: number;
      /** The calibration the assignments are judged under. */
      calibration: CalibrationMode;
      /** Content-free texts (`N/A`, the empty string), for contextual calibration. */
      contentFree: string[];
    }
  /** Stops label-word search `jobId` between its model runs; it answers superseded. */
  | { type: 'cancelLabelWords'; id: number; jobId: number }
  | { type: 'cacheInfo'; id: number }
  | { type: 'memory'; id: number }
  | { type: 'clearCache'; id: number }
  | { type: 'predictCounters'; id: number }
  /** Explain by occlusion: `input.examples` holds the selected example's text alone. */
  | { type: 'explain'; id: number; input: PredictRequestFields }
  /**
   * The model's own candidates for editable word `slot` of `template` (template refinement):
   * each row's text fills `{text}`, its gold class's first label word takes the mask's place,
   * and the slot becomes the mask; the `count` best proposable words, averaged over the rows.
   */
  | {
      type: 'slotCandidates';
      id: number;
      template: string;
      slot: number;
      rows: Array<{ text: string; labelWord: string }>;
      labelWordsAfterSpace: boolean;
      count: number;
    }
  | ({
      type: 'predict';
      id: number;
      /**
       * Run in chunks, reporting rows as they finish and giving way to a newer predict between
       * chunks; false runs it whole (`?chunking=off`, the bench's baseline).
       */
      chunked: boolean;
      /** Example indices to compute first after the selected one: the rows in view. */
      priority: number[];
    } & PredictInput);

/** Why a request failed, in a form the UI can translate. */
export type WorkerError =
  | { code: 'templateTooLong'; templateTokens: number; maxLength: number }
  | { code: 'modelLoad'; failure: LoadFailure; detail: string }
  | { code: 'noModel' }
  | { code: 'inference'; message: string }
  | { code: 'cache'; message: string };

/** Messages from the worker to the UI. */
export type WorkerResponse =
  | { type: 'progress'; id: number; file: string; loaded: number; total: number }
  | { type: 'loaded'; id: number; runtime: RuntimeInfo }
  | { type: 'cacheInfo'; id: number; bytes: number }
  | { type: 'memory'; id: number; memory: WorkerMemory }
  | { type: 'epoch'; id: number; row: HistoryRow }
  | { type: 'curveProgress'; id: number; done: number; total: number }
  | { type: 'trained'; id: number; head: TunedHeadParams; trainIndices: number[] }
  | { type: 'curve'; id: number; rows: CurveRow[]; skipped: number[] }
  | { type: 'tuningFailed'; id: number; problem: TuningProblem }
  | ({ type: 'predictedRows'; id: number } & PartialPrediction)
  | { type: 'predicted'; id: number; result: PredictResult }
  | { type: 'predictCounters'; id: number; counters: PredictCounters }
  | { type: 'explained'; id: number; scores: ExplainScores }
  | { type: 'labelWordSuggestions'; id: number; result: LabelWordSuggestions }
  | { type: 'slotCandidates'; id: number; words: string[] }
  | { type: 'superseded'; id: number }
  | { type: 'failed'; id: number; error: WorkerError };
