/**
 * Accuracy and macro-F1 of one prompt's class probabilities on labelled rows, calibrated as the
 * prompt says: what a comparison entry records when it is evaluated again. Pure.
 */
import { argmax } from '../softmax';
import { calibrate, calibrationPrior, type CalibrationMode } from './calibration';
import { evaluate } from './metrics';

/** The figures a comparison entry shows. */
export interface PromptFigures {
  accuracy: number | null;
  macroF1: number | null;
  /** Labelled rows counted. */
  rows: number;
}

/**
 * Figures of `probs` (one row per example, in class order) against `gold` (class indices, −1 =
 * unlabelled). Contextual calibration divides by the content-free rows' mean, batch by the
 * mean over all scored rows, as the Calibration select does on screen.
 */
export function promptFigures(
  probs: number[][],
  contentFree: number[][],
  calibration: CalibrationMode,
  gold: number[],
  classCount: number,
): PromptFigures {
  const prior = calibrationPrior(calibration, probs, contentFree);
  const predicted = probs.map((p) =>
    p.length === 0 ? -1 : argmax(prior ? calibrate(p, prior) : p),
  );
  const metrics = evaluate(predicted, gold, classCount);
  return { accuracy: metrics.accuracy, macroF1: metrics.macroF1, rows: metrics.total };
}
