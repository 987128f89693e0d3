/**
 * Where the app's own files (public/: the bundled models) are, for code in the page and in the
 * worker alike. The default build has a relative base ('./', so one dist/ works under any
 * sub-path); a relative URL in a worker resolves against the worker's script in `assets/`, not
 * against the page, so it is turned into an absolute one here.
 */

/** The path of the app's root (where index.html is) on its origin, ending in `/`. */
export function appBase(): string {
  const base = import.meta.env.BASE_URL;
  if (base !== '' && !base.startsWith('./')) return base;
  // Vite puts every built chunk and worker in `assets/`, one level below the root. (Through a
  // variable: Vite rewrites `new URL(…, import.meta.url)` as a reference to a bundled file.)
  const thisChunk = import.meta.url;
  // A path, as the absolute base gives: transformers.js joins its local model path as a path.
  return new URL(`../${base}`, thisChunk).pathname;
}
