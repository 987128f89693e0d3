/**
 * The bridge for few-shot tuning: sends the workspace's labelled examples to the worker, writes
 * epochs, curve points and the tuned head into the store, and keeps the previous head whenever
 * a run fails, is stopped, or the model changes under it. Answers are taken by job identity:
 * only the job started last, for the model still answering, may write into the store.
 */
import { exampleKeys } from '../core/examples';
import { goldIndices } from '../core/metrics';
import { parseTemplate, templateKey } from '../core/template';
import { tuningFingerprint } from '../core/tuning/fingerprint';
import type { HistoryRow, SavedHead } from '../core/tuning/types';
import { readHead } from '../core/workspace/readers';
import { headWithKeys } from '../core/workspace/schema';
import { currentPredictFields, workerClient } from './modelSync';
import { selectExamples, selectTuningProvenance } from './selectors';
import { useAppStore, type AppState, type ImportMismatch } from './store';
import type { RuntimeInfo } from '../runtime/protocol';

/** The job whose epochs and answer the store takes, and the model it was started for. */
let currentJob: { jobId: number; model: RuntimeInfo } | null = null;

/** Whether job `jobId` may still write: it is the current job and its model still answers. */
function isCurrent(jobId: number): boolean {
  return currentJob?.jobId === jobId && useAppStore.getState().model.active === currentJob.model;
}

/** Ends the current job's claim on the store if it is job `jobId`; says whether it was. */
function finish(jobId: number): boolean {
  if (!isCurrent(jobId)) return false;
  currentJob = null;
  return true;
}

function labelsOf(state: AppState): { labels: number[]; classNames: string[] } {
  const classNames = state.classes.map((c) => c.name.trim());
  const labels = goldIndices(
    selectExamples(state).map((e) => e.gold),
    classNames,
  );
  return { labels, classNames };
}

function fingerprintOf(state: AppState): string | null {
  const fields = currentPredictFields(state);
  const parsed = parseTemplate(state.template);
  if (!fields || !parsed.ok) return null;
  return tuningFingerprint(
    templateKey(parsed.segments),
    fields.classes,
    state.labelWordsAfterSpace,
  );
}

/**
 * What every tuning request carries, or null (with a message in the store when the inputs are
 * the reason) when tuning cannot start now.
 */
function tuningRequest(state: AppState) {
  const client = workerClient();
  const active = state.model.active;
  if (!client || !active || state.tuning.status !== 'idle') return null;
  const fields = currentPredictFields(state);
  const fingerprint = fingerprintOf(state);
  if (!fields || !fingerprint) {
    state.setTuning({ problem: { code: 'invalidInputs' } });
    return null;
  }
  const { labels, classNames } = labelsOf(state);
  const provenance = selectTuningProvenance(state);
  if (!provenance) return null;
  const keys = exampleKeys(selectExamples(state));
  const request = {
    input: { ...fields, tunedHead: null },
    labels,
    classNames,
    settings: state.tuning.settings,
  };
  return { client, active, fingerprint, request, provenance, keys };
}

/** Trains both heads on a seeded k-shot sample of the labelled examples. */
export async function startTraining(): Promise<void> {
  const state = useAppStore.getState();
  const ready = tuningRequest(state);
  if (!ready) return;
  const { setTuning } = state;
  setTuning({
    status: 'training',
    history: [],
    historyFor: ready.provenance,
    historyRunning: true,
    problem: null,
    paused: false,
  });
  // Epochs of a job that is no longer current (another model, a newer run) are dropped.
  const epochs = batchedAppend<HistoryRow>((rows) => {
    if (isCurrent(job.jobId))
      setTuning({ history: [...useAppStore.getState().tuning.history, ...rows] });
  });
  const job = ready.client.tune({ type: 'train', ...ready.request }, (message) => {
    if (message.type === 'epoch') epochs.push(message.row);
  });
  currentJob = { jobId: job.jobId, model: ready.active };
  const answer = await job.answer;
  epochs.flush();
  if (!finish(job.jobId)) return;
  if (answer.type === 'trained') {
    const { model, dtype } = ready.active;
    const head: SavedHead = {
      ...answer.head,
      model,
      dtype,
      fingerprint: ready.fingerprint,
      trainKeys: answer.trainIndices.map((i) => ready.keys[i] ?? ''),
    };
    setTuning({ status: 'idle', head, useTuned: true, historyRunning: false });
  } else {
    setTuning({
      status: 'idle',
      historyRunning: false,
      problem: answer.type === 'tuningFailed' ? answer.problem : null,
    });
  }
}

// Epochs can arrive every millisecond; redrawing the history for each would freeze the page.
const HISTORY_DRAW_MS = 100;

/** Collects items and hands them over at most every HISTORY_DRAW_MS, and on `flush`. */
function batchedAppend<T>(append: (items: T[]) => void) {
  let waiting: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    append(items);
  };
  return {
    push(item: T) {
      waiting.push(item);
      timer ??= setTimeout(flush, HISTORY_DRAW_MS);
    },
    flush,
  };
}

/** Runs k ∈ {0, 1, 2, 4, 8, 16} × 5 seeds for both heads. */
export async function startLearningCurve(): Promise<void> {
  const state = useAppStore.getState();
  const ready = tuningRequest(state);
  if (!ready) return;
  const { setTuning } = state;
  setTuning({
    status: 'curve',
    curve: [],
    curveFor: ready.provenance,
    curveSkipped: [],
    curveProgress: { done: 0, total: 1 },
    problem: null,
  });
  const job = ready.client.tune({ type: 'learningCurve', ...ready.request }, (message) => {
    if (message.type === 'curveProgress' && isCurrent(job.jobId))
      setTuning({ curveProgress: { done: message.done, total: message.total } });
  });
  currentJob = { jobId: job.jobId, model: ready.active };
  const answer = await job.answer;
  if (!finish(job.jobId)) return;
  if (answer.type === 'curve')
    setTuning({
      status: 'idle',
      curve: answer.rows,
      curveSkipped: answer.skipped,
      curveProgress: null,
    });
  else
    setTuning({
      status: 'idle',
      curveProgress: null,
      problem: answer.type === 'tuningFailed' ? answer.problem : null,
    });
}

/** Stops training or the learning curve after the current step; the previous head stays. */
export function stopTuning(): void {
  if (currentJob) workerClient()?.stopTuning(currentJob.jobId);
  useAppStore.getState().setTuning({ paused: false });
}

/** Pauses or resumes training between epochs. */
export function pauseTuning(paused: boolean): void {
  if (currentJob) workerClient()?.pauseTuning(currentJob.jobId, paused);
  useAppStore.getState().setTuning({ paused });
}

/** Forgets the tuned head: predictions go back to zero-shot. */
export function resetHead(): void {
  useAppStore.getState().setTuning({
    head: null,
    useTuned: false,
    history: [],
    historyFor: null,
    historyRunning: false,
    problem: null,
  });
}

/** The tuned head as a JSON file's text, with what it fits. */
export function exportHead(): string | null {
  const head = useAppStore.getState().tuning.head;
  return head
    ? JSON.stringify({ format: 'cloze-lab-head', version: HEAD_FILE_VERSION, head }, null, 2)
    : null;
}

/** Reads an exported head; refuses one for another model, dtype, template or verbalizer. */
export function importHead(text: string): void {
  const state = useAppStore.getState();
  const { setTuning } = state;
  const head = parseHeadFile(text, state);
  const active = state.model.active;
  const reason: ImportMismatch | null = !head
    ? 'notHeadFile'
    : !active || head.model !== active.model || head.dtype !== active.dtype
      ? 'otherModel'
      : head.fingerprint !== fingerprintOf(state)
        ? 'otherInputs'
        : null;
  if (reason || !head)
    setTuning({
      problem: {
        code: 'importMismatch',
        reason: reason ?? 'notHeadFile',
        model: head?.model ?? '',
        dtype: head?.dtype ?? '',
      },
    });
  else setTuning({ head, useTuned: true, problem: null });
}

// 2: the training sample as example identities (1: as line positions of the exporter's box).
const HEAD_FILE_VERSION = 2;

function parseHeadFile(text: string, state: AppState): SavedHead | null {
  try {
    const file = JSON.parse(text) as { version?: unknown; head?: unknown };
    const head =
      file.version === 1 ? headWithKeys(file.head, exampleKeys(selectExamples(state))) : file.head;
    return readHead(head);
  } catch {
    return null;
  }
}

// A run's features come from the model it started with: after a switch it can only mislead.
// Stop it, say so, keep the head; its late epochs and answer are dropped by job identity.
useAppStore.subscribe((state, previous) => {
  if (state.model.active === previous.model.active || !currentJob) return;
  workerClient()?.stopTuning(currentJob.jobId);
  currentJob = null;
  state.setTuning({
    status: 'idle',
    paused: false,
    curveProgress: null,
    historyRunning: false,
    problem: { code: 'modelChanged' },
  });
});
