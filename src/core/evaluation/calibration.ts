/**
 * Calibration of class probabilities against a prior (the model's bias towards some label words):
 * contextual (Zhao et al. 2021, "Calibrate Before Use") and batch calibration. Pure.
 *
 * Calibrating divides each class probability by the prior's and renormalises, which is the
 * diagonal W = diag(p_cf)⁻¹, b = 0 of the paper. Guards, so stored or partial data never yields
 * NaN: a probability that is negative or not finite counts as 0; a prior entry that is ≤ 0 or not
 * finite cannot be divided by, so that class gets probability 0 (it carries no evidence the prior
 * can correct); if nothing is left (all weights 0) the result is uniform. A prior whose length
 * differs from the row's is ignored (the row is only renormalised).
 */

/** Which prior, if any, the displayed predictions are calibrated against. */
export type CalibrationMode = 'none' | 'contextual' | 'batch';

/** Every calibration mode, in the order a select lists them. */
export const CALIBRATION_MODES: readonly CalibrationMode[] = ['none', 'contextual', 'batch'];

/** Whether a stored value is a calibration mode. */
export function isCalibrationMode(value: unknown): value is CalibrationMode {
  return typeof value === 'string' && (CALIBRATION_MODES as readonly string[]).includes(value);
}

/** Elementwise mean of probability rows (empty when there are none). */
function meanRow(rows: number[][]): number[] {
  const width = rows[0]?.length ?? 0;
  const sum = new Array<number>(width).fill(0);
  for (const row of rows) for (let c = 0; c < width; c++) sum[c]! += clean(row[c]);
  return sum.map((s) => s / rows.length);
}

/**
 * Contextual calibration's prior p_cf: the mean class probabilities of the content-free inputs
 * (the template with {text} = "N/A" and = ""); empty when none are given.
 */
export function contextualPrior(contentFree: number[][]): number[] {
  return meanRow(contentFree);
}

/** Batch calibration's prior: the mean class probability over the evaluation rows (no labels). */
export function batchPrior(rows: number[][]): number[] {
  return meanRow(rows);
}

/** `probs` divided elementwise by `prior` and renormalised: always a probability vector. */
export function calibrate(probs: number[], prior: number[]): number[] {
  const usePrior = prior.length === probs.length;
  const weights = probs.map((p, c) => {
    if (!usePrior) return clean(p);
    const q = prior[c] ?? 0;
    return Number.isFinite(q) && q > 0 ? clean(p) / q : 0;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || !Number.isFinite(total)) return probs.map(() => 1 / probs.length);
  return weights.map((w) => w / total);
}

/**
 * The prior `mode` divides by, from the rows scored so far (`[]` = not scored yet, left out) and
 * the content-free rows: null for 'none', or while what it needs is not there yet (a row is then
 * shown unscored rather than uncalibrated). The one rule for the screen and the comparison.
 */
export function calibrationPrior(
  mode: CalibrationMode,
  rows: number[][],
  contentFree: number[][] | null,
): number[] | null {
  if (mode === 'none') return null;
  const source = mode === 'contextual' ? (contentFree ?? []) : rows.filter((r) => r.length > 0);
  return source.length > 0 ? meanRow(source) : null;
}

function clean(p: number | undefined): number {
  return p !== undefined && Number.isFinite(p) && p > 0 ? p : 0;
}
