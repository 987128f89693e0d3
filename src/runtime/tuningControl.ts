/**
 * Stop and pause for tuning jobs, addressed by job id (the id of the job's train or
 * learningCurve request). A Stop or Pause meant for one job never reaches another: after a
 * model switch the old job may still be winding down while a new one starts.
 */

interface JobFlags {
  stopped: boolean;
  paused: boolean;
  /** Wakes a job waiting while paused. */
  wake: (() => void) | null;
}

/** What a running job sees of its controls. */
export interface JobControl {
  /** Checked between steps: waits while the job is paused, then says whether it was stopped. */
  shouldStop(): Promise<boolean>;
  /** Forgets the job; later messages for it change nothing. */
  end(): void;
}

/** The stop and pause flags of every running tuning job. */
export class TuningControl {
  private readonly jobs = new Map<number, JobFlags>();

  /** Registers a job that has just started. */
  begin(jobId: number): JobControl {
    const flags: JobFlags = { stopped: false, paused: false, wake: null };
    this.jobs.set(jobId, flags);
    return {
      shouldStop: async () => {
        while (flags.paused && !flags.stopped)
          await new Promise<void>((resolve) => (flags.wake = resolve));
        return flags.stopped;
      },
      end: () => {
        if (this.jobs.get(jobId) === flags) this.jobs.delete(jobId);
      },
    };
  }

  /** Asks job `jobId` to stop at its next step; other jobs are not affected. */
  stop(jobId: number): void {
    const flags = this.jobs.get(jobId);
    if (!flags) return;
    flags.stopped = true;
    flags.paused = false;
    this.wake(flags);
  }

  /** Pauses or resumes job `jobId` between steps; other jobs are not affected. */
  pause(jobId: number, paused: boolean): void {
    const flags = this.jobs.get(jobId);
    if (!flags) return;
    flags.paused = paused;
    if (!paused) this.wake(flags);
  }

  private wake(flags: JobFlags): void {
    const wake = flags.wake;
    flags.wake = null;
    wake?.();
  }
}
