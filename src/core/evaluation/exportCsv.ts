/**
 * Evaluation results as CSV files, written by papaparse so quoting, commas, newlines and any
 * script survive. Pure.
 *
 * Text cells that begin with =, +, -, @, tab or CR are prefixed with ' (papaparse's
 * escapeFormulae): imported datasets are untrusted, and a spreadsheet would otherwise run such a
 * cell as a formula (CSV injection). Numbers are written in full precision; unknown figures are
 * empty cells.
 */
import Papa from 'papaparse';
import type { CalibrationMode } from './calibration';
import type { EvaluationMetrics } from './metrics';

/** One evaluated row to export: its text, gold label (null if unlabelled), prediction, probabilities. */
export interface PredictionExportRow {
  text: string;
  gold: string | null;
  predicted: string;
  /** Class probabilities, in class order (calibrated if calibration is on). */
  probs: number[];
}

function unparse(fields: string[], data: Array<Array<string | number>>): string {
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}

/** Per-row predictions: text, gold, predicted, correct (1/0, empty if unlabelled), p(class)… */
export function predictionsCsv(rows: PredictionExportRow[], classNames: string[]): string {
  const fields = ['text', 'gold', 'predicted', 'correct', ...classNames.map((n) => `p(${n})`)];
  return unparse(
    fields,
    rows.map((r) => [
      r.text,
      r.gold ?? '',
      r.predicted,
      r.gold === null ? '' : r.gold === r.predicted ? 1 : 0,
      ...classNames.map((_, c) => r.probs[c] ?? ''),
    ]),
  );
}

/** Optional context written with the metrics. */
export interface MetricsCsvContext {
  calibration?: CalibrationMode;
  uncalibratedAccuracy?: number | null;
}

/**
 * The metrics in long form, one figure a line: columns metric, class, predicted_class, value.
 * Overall figures leave the class cells empty; per-class ones (precision, recall, f1, support,
 * predicted) name the class; confusion lines name the gold class and the predicted class.
 */
export function metricsCsv(
  metrics: EvaluationMetrics,
  classNames: string[],
  context: MetricsCsvContext = {},
): string {
  const figure = (v: number | null) => v ?? '';
  const data: Array<Array<string | number>> = [['rows', '', '', metrics.total]];
  if (context.calibration) data.push(['calibration', '', '', context.calibration]);
  data.push(['accuracy', '', '', figure(metrics.accuracy)]);
  if (context.uncalibratedAccuracy !== undefined)
    data.push(['uncalibrated_accuracy', '', '', figure(context.uncalibratedAccuracy)]);
  data.push(['macro_f1', '', '', figure(metrics.macroF1)]);
  const name = (c: number) => classNames[c] ?? String(c);
  metrics.perClass.forEach((m, c) => {
    data.push(['precision', name(c), '', figure(m.precision)]);
    data.push(['recall', name(c), '', figure(m.recall)]);
    data.push(['f1', name(c), '', figure(m.f1)]);
    data.push(['support', name(c), '', m.support]);
    data.push(['predicted', name(c), '', m.predicted]);
  });
  metrics.confusion.forEach((row, g) =>
    row.forEach((count, p) => data.push(['confusion', name(g), name(p), count])),
  );
  return unparse(['metric', 'class', 'predicted_class', 'value'], data);
}
