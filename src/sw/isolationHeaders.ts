/**
 * What makes a page cross-origin isolated when the server sends no headers: the service worker
 * answers every same-origin request itself and adds these headers to the answer, as
 * coi-serviceworker does (github.com/gzuidhof/coi-serviceworker), so static hosts such as GitHub
 * Pages still get multithreaded WASM (SharedArrayBuffer needs `crossOriginIsolated`).
 */

/** The response headers of a cross-origin isolated page and of everything it loads. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  // Our own files may be embedded by our own isolated pages only.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** `response` with the isolation headers set; an opaque response (status 0) cannot be changed. */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
