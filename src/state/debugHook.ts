/**
 * Test and bench only: `window.__clozeLabDebug` lets e2e tests and the bench read the model
 * worker's memory and load a model without the picker (to check that model switches do not
 * leak ORT sessions), and read what predictions cost (to check that outdated work is skipped). Not part of the app's interface; nothing in the UI uses it.
 */
import { readModelSource } from '../core/modelSource';
import type { BackendChoice, PredictCounters, WorkerMemory } from '../runtime/protocol';
import { chooseModel, predictCounters, workerMemory } from './modelSync';

/** What the hook offers. */
export interface ClozeLabDebug {
  /** The worker's memory (WebAssembly bytes, JS heap), or null when the worker cannot tell. */
  memory(): Promise<WorkerMemory | null>;
  /**
   * Loads a model as the picker would (on `backend` when given, else the one asked for);
   * resolves once it answers or has failed.
   */
  chooseModel(source: unknown, backend?: BackendChoice): Promise<void>;
  /** What the worker's predictions have cost since it started: runs superseded, chunks, padding. */
  predictCounters(): Promise<PredictCounters | null>;
}

declare global {
  interface Window {
    __clozeLabDebug?: ClozeLabDebug;
  }
}

/** Puts the hook on `window`. */
export function installDebugHook(): void {
  window.__clozeLabDebug = {
    memory: workerMemory,
    predictCounters,
    chooseModel: async (value, backend) => {
      const source = readModelSource(value);
      if (!source) throw new Error(`not a model source: ${JSON.stringify(value)}`);
      await chooseModel(source, [], backend);
    },
  };
}
