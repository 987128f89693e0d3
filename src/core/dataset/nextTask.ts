/** Yielding to the event loop, so a long parse lets the page paint and respond between chunks. */

/** Resolves on a later macrotask (a microtask would not let the page render). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
