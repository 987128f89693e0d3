/**
 * An imported dataset as the app keeps it (in IndexedDB, beside the workspace): its rows, what
 * was skipped on import, and whether it is a sample of a larger file. The reader accepts only
 * well-formed data, so a damaged stored dataset is dropped with a notice, never fatal. Pure.
 */
import type { DatasetRow, RowProblem, RowProblemCode } from './types';

/** Skipped rows kept for the Dataset panel's list; the count says how many there were. */
export const MAX_KEPT_PROBLEMS = 500;

/** An imported dataset. */
export interface Dataset {
  /** The file's name (or "pasted"). */
  name: string;
  rows: DatasetRow[];
  /** The first skipped rows, with their line numbers and why. */
  skipped: RowProblem[];
  /** How many rows were skipped in all. */
  skippedCount: number;
  /** The row count of the file when `rows` is a seeded stratified sample of it, else null. */
  sampledFrom: number | null;
}

const PROBLEM_CODES: readonly RowProblemCode[] = [
  'brokenQuoting',
  'badJson',
  'missingText',
  'emptyLabel',
  'unknownLabel',
  'fieldCount',
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readRow(v: unknown): DatasetRow | null {
  if (!isRecord(v) || typeof v.text !== 'string' || typeof v.label !== 'string') return null;
  if (v.text.trim() === '' || v.label.trim() === '') return null;
  const textB = typeof v.textB === 'string' ? v.textB : null;
  return { text: v.text, textB, label: v.label };
}

function readProblem(v: unknown): RowProblem | null {
  if (!isRecord(v) || !Number.isInteger(v.line) || typeof v.detail !== 'string') return null;
  const code = PROBLEM_CODES.find((c) => c === v.code);
  return code ? { line: v.line as number, code, detail: v.detail } : null;
}

/** A stored dataset, or null when the value is not one (rows that are not rows are dropped). */
export function readStoredDataset(value: unknown): Dataset | null {
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.rows)) return null;
  const rows = value.rows.map(readRow).filter((r): r is DatasetRow => r !== null);
  if (rows.length === 0) return null;
  const skipped = (Array.isArray(value.skipped) ? value.skipped : [])
    .map(readProblem)
    .filter((p): p is RowProblem => p !== null)
    .slice(0, MAX_KEPT_PROBLEMS);
  const skippedCount =
    Number.isInteger(value.skippedCount) && (value.skippedCount as number) >= skipped.length
      ? (value.skippedCount as number)
      : skipped.length;
  const sampledFrom =
    Number.isInteger(value.sampledFrom) && (value.sampledFrom as number) > rows.length
      ? (value.sampledFrom as number)
      : null;
  return { name: value.name, rows, skipped, skippedCount, sampledFrom };
}

/** Rows per class name, in first-seen order. */
export function rowsPerClass(rows: DatasetRow[]): Array<{ label: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}
