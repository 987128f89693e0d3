/**
 * The model that answers now, and the release of the models it replaces. Loads run beside
 * predictions, so the old model keeps answering until the new one is ready; after the switch its
 * ORT session is released once no task that started with it is still running (a predict that
 * is mid-way, the feature pass of a tuning job). `release` itself goes through `exclusive`
 * (see loadModel.ts), so no ORT call is in flight when a session goes.
 */

/** A loaded model as the worker holds it: what answers, and how to free it. */
export interface ReleasableModel<R> {
  runner: R;
  /** Frees the model's ORT session; called once, after its last use. */
  release(): Promise<void>;
}

interface Entry<R> {
  model: ReleasableModel<R>;
  users: number;
  replaced: boolean;
  released: boolean;
}

/** Holds the current model and releases each replaced one after its last use. */
export class CurrentModel<R> {
  private current: Entry<R> | null = null;

  /** `onReleaseError` hears about a session that failed to release (nothing else can be done). */
  constructor(private readonly onReleaseError: (error: unknown) => void = () => undefined) {}

  /** Whether a model is loaded. */
  get loaded(): boolean {
    return this.current !== null;
  }

  /**
   * Runs `task` with the current model's runner and keeps that model alive until the task
   * settles, even if another model replaces it meanwhile. Null (nothing runs) when no model is
   * loaded.
   */
  use<T>(task: (runner: R) => Promise<T>): Promise<T> | null {
    const entry = this.current;
    if (!entry) return null;
    entry.users++;
    const done = () => {
      entry.users--;
      this.releaseIfUnused(entry);
    };
    let running: Promise<T>;
    try {
      running = task(entry.model.runner);
    } catch (error) {
      done();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return running.finally(done);
  }

  /** Makes `next` the model that answers; the one it replaces is released after its last use. */
  replace(next: ReleasableModel<R>): void {
    const previous = this.current;
    this.current = { model: next, users: 0, replaced: false, released: false };
    if (previous) {
      previous.replaced = true;
      this.releaseIfUnused(previous);
    }
  }

  private releaseIfUnused(entry: Entry<R>): void {
    if (!entry.replaced || entry.users > 0 || entry.released) return;
    entry.released = true;
    entry.model.release().catch(this.onReleaseError);
  }
}
