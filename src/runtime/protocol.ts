/**
 * The typed messages between the UI (through the store's worker client) and the model worker.
 * One discriminated union per direction; every request carries an `id` and every answer names
 * the request it answers, so the store can drop answers to superseded requests.
 */
import type { ModelSource } from '../core/modelSource';
import type { HeadRewriteReason } from '../core/onnx/maskedLmHead';
import type { LoadFailure } from './loadErrors';
import type { PredictInput, PredictResult } from './predictTypes';
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
  LabelWordInfo,
  PredictInput,
  PredictResult,
  PredictStats,
  PreviewToken,
} from './predictTypes';

/** Where inference runs. */
export type Backend = 'webgpu' | 'wasm';

/** What the worker reports once a model is ready: the facts the Runtime status shows. */
export interface RuntimeInfo {
  backend: Backend;
  threads: number;
  model: string;
  dtype: string;
  maxLength: number;
  maskToken: string;
  vocabSize: number;
  /** Why WebGPU was not used although it was wanted, or null. */
  fallbackReason: string | null;
  /** Why the MLM-head rewrite did not apply (the model then runs unmodified), or null. */
  headRewrite: { reason: HeadRewriteReason; detail: string } | null;
  /** The tokenizer encodes words differently after a space (byte-level BPE, e.g. RoBERTa). */
  spaceSensitive: boolean;
  /** The tokenizer keeps case ('Great' ≠ 'great'). */
  cased: boolean;
}

/** The fields of a predict request, reused by tuning requests to name the same inputs. */
export type PredictRequestFields = PredictInput;

/** Messages from the UI to the worker. */
export type WorkerRequest =
  | {
      type: 'load';
      id: number;
      source: ModelSource;
      backend: 'auto' | Backend;
      rewriteHead: boolean;
      /** The picked files when `source.kind` is 'folder', else empty. */
      folderFiles: File[];
    }
  | { type: 'cancelLoad'; id: number }
  | {
      type: 'train' | 'learningCurve';
      id: number;
      input: PredictRequestFields;
      /** Gold class index per example, −1 for unlabelled. */
      labels: number[];
      classNames: string[];
      settings: TuningSettings;
    }
  | { type: 'stopTuning'; id: number }
  | { type: 'pauseTuning'; id: number; paused: boolean }
  | { type: 'cacheInfo'; id: number }
  | { type: 'clearCache'; id: number }
  | ({ type: 'predict'; id: number } & PredictInput);

/** Why a request failed, in a form the UI can translate. */
export type WorkerError =
  | { code: 'templateTooLong'; templateTokens: number; maxLength: number }
  | { code: 'modelLoad'; failure: LoadFailure; detail: string }
  | { code: 'noModel' }
  | { code: 'inference'; message: string };

/** Messages from the worker to the UI. */
export type WorkerResponse =
  | { type: 'progress'; id: number; file: string; loaded: number; total: number }
  | { type: 'loaded'; id: number; runtime: RuntimeInfo }
  | { type: 'cacheInfo'; id: number; bytes: number }
  | { type: 'epoch'; id: number; row: HistoryRow }
  | { type: 'curveProgress'; id: number; done: number; total: number }
  | { type: 'trained'; id: number; head: TunedHeadParams; trainIndices: number[] }
  | { type: 'curve'; id: number; rows: CurveRow[]; skipped: number[] }
  | { type: 'tuningFailed'; id: number; problem: TuningProblem }
  | { type: 'predicted'; id: number; result: PredictResult }
  | { type: 'superseded'; id: number }
  | { type: 'failed'; id: number; error: WorkerError };
