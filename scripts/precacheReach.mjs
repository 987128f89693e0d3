// Which built files the app itself can load, for the service worker's precache: the bench pages
// (npm run bench) share dist/ with the app, and their workers and chunks (~1 MB, plus a second
// copy of ORT's loader) must not cost every student's first visit.

const TEXT = /\.(html|js|mjs|css|webmanifest|json)$/;

/**
 * The entries reachable from `roots`: a file is reached when its name (with Vite's content hash,
 * so unique) appears in a reached text file, which is how Vite's chunks, workers and `?url` assets
 * refer to each other. `keep(url)` entries are kept regardless (files fetched by a URL built at
 * run time, such as the bundled models). `readText(url)` returns a text file's content.
 */
export function reachableEntries(entries, roots, keep, readText) {
  const byName = new Map(entries.map((entry) => [entry.url.split('/').pop(), entry]));
  const reached = new Set();
  const queue = entries.filter((entry) => roots.includes(entry.url));
  while (queue.length > 0) {
    const entry = queue.pop();
    if (reached.has(entry.url)) continue;
    reached.add(entry.url);
    if (!TEXT.test(entry.url)) continue;
    const text = readText(entry.url);
    for (const [name, other] of byName) if (text.includes(name)) queue.push(other);
  }
  return entries.filter((entry) => reached.has(entry.url) || keep(entry.url));
}
