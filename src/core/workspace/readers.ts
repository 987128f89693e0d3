/**
 * Readers for the tuning parts of a saved workspace (and of an imported head file): each takes
 * an unknown value and returns it typed, or null when its shape does not hold. Pure.
 */
import type { TuningProvenance } from '../tuning/provenance';
import type { HistoryRow, SavedHead, TuningSettings } from '../tuning/types';

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A number that is neither NaN nor infinite. */
export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);

const isString = (v: unknown): v is string => typeof v === 'string';
const isAccuracy = (v: unknown): v is number => isFiniteNumber(v) && v >= 0 && v <= 1;

const SETTING_KEYS = ['shots', 'epochs', 'learningRate', 'l2', 'batchSize', 'seed'] as const;

/** Tuning settings, when every one is a finite number. */
export function readSettings(value: unknown): TuningSettings | null {
  if (!isRecord(value) || !SETTING_KEYS.every((k) => isFiniteNumber(value[k]))) return null;
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, value[k]])) as unknown as TuningSettings;
}

/** A saved (or imported) head, or null when it is not one. */
export function readHead(value: unknown): SavedHead | null {
  if (!isRecord(value)) return null;
  const { params, hidden, wordCount, model, dtype, fingerprint, trainKeys } = value;
  const ok =
    Array.isArray(params) &&
    params.every(isFiniteNumber) &&
    Number.isInteger(hidden) &&
    Number.isInteger(wordCount) &&
    (hidden as number) >= 0 &&
    (wordCount as number) > 0 &&
    params.length === (wordCount as number) * ((hidden as number) + 1) &&
    isString(model) &&
    isString(dtype) &&
    isString(fingerprint) &&
    Array.isArray(trainKeys) &&
    trainKeys.every(isString);
  if (!ok) return null;
  return {
    params: params as number[],
    hidden: hidden as number,
    wordCount: wordCount as number,
    model,
    dtype,
    fingerprint,
    trainKeys: trainKeys as string[],
  };
}

function readHeadFigures(value: unknown): HistoryRow['prompt'] | null {
  if (!isRecord(value)) return null;
  const { loss, trainAccuracy, evalAccuracy } = value;
  if (!isFiniteNumber(loss) || !isAccuracy(trainAccuracy)) return null;
  if (evalAccuracy !== null && !isAccuracy(evalAccuracy)) return null;
  return { loss, trainAccuracy, evalAccuracy };
}

/** A training history: every row complete and epochs counting up from 1; else null. */
export function readHistory(value: unknown): HistoryRow[] | null {
  if (!Array.isArray(value)) return null;
  const rows: HistoryRow[] = [];
  for (const [i, row] of value.entries()) {
    if (!isRecord(row) || row.epoch !== i + 1) return null;
    const prompt = readHeadFigures(row.prompt);
    const cls = row.cls === null ? null : readHeadFigures(row.cls);
    if (!prompt || (row.cls !== null && !cls)) return null;
    rows.push({ epoch: i + 1, prompt, cls });
  }
  return rows;
}

/** What a tuning result was computed for, or null. */
export function readProvenance(value: unknown): TuningProvenance | null {
  if (!isRecord(value)) return null;
  const { model, dtype, fingerprint, rowsDigest, template, labelWords, rows } = value;
  const ok =
    [model, dtype, fingerprint, rowsDigest, template].every(isString) &&
    Array.isArray(labelWords) &&
    labelWords.every(isString) &&
    Number.isInteger(rows) &&
    (rows as number) >= 0;
  if (!ok) return null;
  return {
    model: model as string,
    dtype: dtype as string,
    fingerprint: fingerprint as string,
    rowsDigest: rowsDigest as string,
    template: template as string,
    labelWords: labelWords as string[],
    rows: rows as number,
  };
}
