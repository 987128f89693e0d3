/**
 * The worker's request queue: requests run one at a time, in order, except that a request of a
 * replaceable kind is skipped when a newer one of the same kind is already waiting (fast typing
 * queues many predicts; only the newest matters). A request already running can ask whether it
 * has been overtaken the same way and stop early (a prediction checks between its chunks).
 * Pure, so its ordering is testable.
 */
export class RequestQueue<R extends { type: string; id: number }> {
  private readonly waiting: R[] = [];
  private busy = false;

  /**
   * `handle` runs a request and may call `overtaken()` while it runs; `skip` answers a request
   * that is dropped before it started.
   */
  constructor(
    private readonly handle: (request: R, overtaken: () => boolean) => Promise<void>,
    private readonly skip: (request: R) => void,
    private readonly isReplaceable: (request: R) => boolean,
  ) {}

  /** Queues a request and starts draining if idle; resolves when the queue is empty again. */
  async push(request: R): Promise<void> {
    this.waiting.push(request);
    if (this.busy) return;
    this.busy = true;
    try {
      for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
        const current = next;
        const overtaken = () =>
          this.isReplaceable(current) && this.waiting.some((r) => r.type === current.type);
        if (overtaken()) this.skip(current);
        else await this.handle(current, overtaken);
      }
    } finally {
      this.busy = false;
    }
  }
}
