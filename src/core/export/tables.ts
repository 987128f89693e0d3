/**
 * The rows of the app's tables, built from the data with the same formatting the tables use
 * (3 decimals, "—" for unknown figures), for CSV export. Headers come in already translated, as
 * the table shows them. Pure.
 */
import { differenceTo, labelWordsText, type ComparisonEntry } from '../evaluation/comparison';
import { formatDifference, formatMetric } from '../evaluation/format';
import type { ClassMetrics } from '../evaluation/metrics';
import type { CurveRow, HistoryRow } from '../tuning/types';
import type { TableData } from './tableCsv';

const className = (classNames: string[], c: number) => classNames[c] ?? String(c);

/** "Per-class metrics": class, precision, recall, F1, support. */
export function perClassMetricsTable(
  perClass: ClassMetrics[],
  classNames: string[],
  header: string[],
): TableData {
  return {
    header,
    rows: perClass.map((m, c) => [
      className(classNames, c),
      formatMetric(m.precision),
      formatMetric(m.recall),
      formatMetric(m.f1),
      String(m.support),
    ]),
  };
}

/** "Confusion matrix": rows gold, columns predicted, counts; `corner` heads the gold column. */
export function confusionMatrixTable(
  confusion: number[][],
  classNames: string[],
  corner: string,
): TableData {
  return {
    header: [corner, ...classNames],
    rows: confusion.map((row, g) => [className(classNames, g), ...row.map(String)]),
  };
}

/**
 * "Prompt comparison" in the order added: number, template, label words, calibration (its
 * translated name from `calibrationName`), accuracy, macro-F1, difference to the current prompt.
 */
export function comparisonTable(
  entries: ComparisonEntry[],
  current: { accuracy: number | null; macroF1: number | null },
  header: string[],
  calibrationName: (mode: ComparisonEntry['calibration']) => string,
): TableData {
  return {
    header,
    rows: entries.map((e, i) => [
      String(i + 1),
      e.template,
      labelWordsText(e.classes),
      calibrationName(e.calibration),
      formatMetric(e.accuracy),
      formatMetric(e.macroF1),
      formatDifference(differenceTo(e, current)),
    ]),
  };
}

/** "Training history": epoch, then loss, train and eval accuracy of the prompt and [CLS] heads. */
export function trainingHistoryTable(history: HistoryRow[], header: string[]): TableData {
  return {
    header,
    rows: history.map((row) => [
      String(row.epoch),
      formatMetric(row.prompt.loss),
      formatMetric(row.prompt.trainAccuracy),
      formatMetric(row.prompt.evalAccuracy),
      formatMetric(row.cls?.loss ?? null),
      formatMetric(row.cls?.trainAccuracy ?? null),
      formatMetric(row.cls?.evalAccuracy ?? null),
    ]),
  };
}

/** "Learning curve": k, head (its translated name from `headName`), mean and std accuracy. */
export function learningCurveTable(
  curve: CurveRow[],
  header: string[],
  headName: (head: CurveRow['head']) => string,
): TableData {
  return {
    header,
    rows: curve.map((row) => [
      String(row.k),
      headName(row.head),
      formatMetric(row.mean),
      formatMetric(row.std),
    ]),
  };
}
