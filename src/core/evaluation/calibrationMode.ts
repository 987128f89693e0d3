/** Which calibration the class probabilities on screen get (issue #11). Pure. */

/** None; Contextual (Zhao et al. 2021: content-free inputs' prior); Batch (the rows' own mean). */
export type CalibrationMode = 'none' | 'contextual' | 'batch';

/** Every mode, in the order the Calibration select offers them. */
export const CALIBRATION_MODES: readonly CalibrationMode[] = ['none', 'contextual', 'batch'];

/** Whether a stored value is a calibration mode. */
export function isCalibrationMode(value: unknown): value is CalibrationMode {
  return typeof value === 'string' && (CALIBRATION_MODES as readonly string[]).includes(value);
}
