/**
 * Starts downloading a served model's files from the page, at start-up. The worker fetches the
 * same URLs, but on a first visit its thread is busy for seconds compiling ORT's WebAssembly
 * and cannot read a download meanwhile; the page's thread is free, so the files reach the HTTP
 * cache in that time and the worker's own requests are then answered from it.
 */
import type { ModelSource } from '../core/modelSource';
import { servedModelUrls } from '../core/servedModelFiles';

/** Fetches the files of `source` (a served model; others are left to the worker) and drops them. */
export function prefetchModelFiles(source: ModelSource): void {
  if (typeof fetch !== 'function') return;
  for (const url of servedModelUrls(source, `${import.meta.env.BASE_URL}models/`))
    void fetch(url)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined); // Only a head start: the worker's own request reports failures.
}
