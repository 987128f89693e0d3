/** Reading saved tuning state back: anything malformed is dropped, never trusted. */
import type { HistoryRow, SavedHead, TuningSettings } from '../core/tuning/types';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Validated settings, head, switch and history from a stored value (missing parts left out). */
export function readTuning(value: unknown): {
  settings?: TuningSettings;
  head?: SavedHead | null;
  useTuned?: boolean;
  history?: HistoryRow[];
} {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: ReturnType<typeof readTuning> = {};
  const settings = v.settings as Record<string, unknown> | undefined;
  const keys = ['shots', 'epochs', 'learningRate', 'l2', 'batchSize', 'seed'] as const;
  if (settings && keys.every((k) => isNumber(settings[k])))
    out.settings = settings as unknown as TuningSettings;
  out.head = readHead(v.head);
  if (typeof v.useTuned === 'boolean') out.useTuned = v.useTuned;
  if (Array.isArray(v.history)) out.history = v.history as HistoryRow[];
  return out;
}

/** A saved (or imported) head, or null when it is not one. */
export function readHead(value: unknown): SavedHead | null {
  if (typeof value !== 'object' || value === null) return null;
  const h = value as Record<string, unknown>;
  const ok =
    Array.isArray(h.params) &&
    h.params.every(isNumber) &&
    isNumber(h.hidden) &&
    isNumber(h.wordCount) &&
    h.params.length === h.wordCount * (h.hidden + 1) &&
    typeof h.model === 'string' &&
    typeof h.dtype === 'string' &&
    typeof h.fingerprint === 'string' &&
    Array.isArray(h.trainIndices) &&
    h.trainIndices.every(isNumber);
  return ok ? (h as unknown as SavedHead) : null;
}
