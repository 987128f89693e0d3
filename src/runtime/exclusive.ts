/**
 * One ORT call at a time per worker. onnxruntime-web's WASM backend is not re-entrant: a session
 * created or run while another run is in flight (a model loading while the old one still answers
 * edits) can fail. transformers.js serialises its own calls the same way.
 */
let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has settled. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const result = chain.then(task, task);
  chain = result.catch(() => undefined);
  return result;
}
