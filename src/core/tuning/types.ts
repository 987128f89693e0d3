/**
 * The data of few-shot tuning as it travels between worker, store and saved state: settings,
 * per-epoch history, learning-curve points, problems and the tuned head. Types only.
 */
import type { TrainOptions } from './train';

/** Both heads' figures for one epoch, as the history table shows them. */
export interface HistoryRow {
  epoch: number;
  prompt: { loss: number; trainAccuracy: number; evalAccuracy: number | null };
  cls: { loss: number; trainAccuracy: number; evalAccuracy: number | null } | null;
}

/** One point of the learning curve. */
export interface CurveRow {
  k: number;
  head: 'prompt' | 'cls';
  mean: number;
  std: number;
}

/** Settings of a tuning run: the training options plus shots per class. */
export interface TuningSettings extends TrainOptions {
  shots: number;
}

/** Why tuning cannot start or had to stop, in a form the UI translates. */
export type TuningProblem =
  | { code: 'tooFewExamples'; className: string; available: number; needed: number }
  | { code: 'noFeatures' }
  /** The template alone needs more tokens than the model reads: no features can be computed. */
  | { code: 'templateTooLong'; templateTokens: number; maxLength: number }
  /** The loss became NaN or infinite: the settings made training blow up. */
  | { code: 'diverged'; detail: string }
  /** Something broke that is not the training's fault (an exception in the worker). */
  | { code: 'failed'; detail: string }
  | { code: 'stopped' };

/** A tuned prompt head as it travels and is saved: its parameters and the shape they fit. */
export interface TunedHeadParams {
  params: number[];
  hidden: number;
  wordCount: number;
}

/** A trained prompt head and what it was trained for; applied only where that still holds. */
export interface SavedHead extends TunedHeadParams {
  model: string;
  dtype: string;
  /** Template, verbalizer and spacing it was trained under (see `tuningFingerprint`). */
  fingerprint: string;
  /** Which examples it was trained on (see `exampleKeys`): the rest are the evaluation set. */
  trainKeys: string[];
}
