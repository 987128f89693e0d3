/**
 * The newest-answer-wins rule of the store bridge: every request takes a ticket when it is
 * sent, and its answer is kept only if no newer ticket was taken meanwhile. An older answer that
 * arrives after a newer one (or after the inputs became unscorable) is dropped.
 */

/** Hands out tickets in order and says whether a ticket is still the newest. */
export class NewestAnswerWins {
  private newest = 0;

  /** A ticket for a request about to be sent; every older ticket is now outdated. */
  take(): number {
    return ++this.newest;
  }

  /** Whether the answer to `ticket`'s request may still be shown. */
  isNewest(ticket: number): boolean {
    return ticket === this.newest;
  }
}
