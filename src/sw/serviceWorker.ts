/// <reference lib="webworker" />
/**
 * The app's service worker (built by vite-plugin-pwa's injectManifest into `sw.js` beside
 * index.html). It does two things, in one worker because a scope has one service worker:
 * - offline: it precaches the app shell, ORT's WebAssembly and the bundled models (the list is
 *   injected at build time as `self.__WB_MANIFEST`); Hub models are not its business (they are
 *   cross-origin and stay in transformers.js' model cache);
 * - isolation: every same-origin answer gets COOP/COEP/CORP headers, so the page is cross-origin
 *   isolated (multithreaded WASM) on hosts that cannot send those headers.
 * A new version waits until the page asks it to take over ("Update available" → Reload): it never
 * switches a lesson's page by itself.
 */
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { withIsolationHeaders } from './isolationHeaders';
import { entriesForThisBrowser } from './precacheEntries';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

const isolation: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withIsolationHeaders(response),
};

addPlugins([isolation]);
precacheAndRoute(entriesForThisBrowser(self.__WB_MANIFEST, 'Suspending' in WebAssembly));
cleanupOutdatedCaches();

// A link with a query (`?model=…`, a share link) is still the one page: answer it from the
// precached index.html, so it opens offline too. The bench pages are not precached.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/bench\//] }),
);

// Everything else of ours (bench pages, files not precached) from the network, isolated too.
registerRoute(
  ({ url }) => url.origin === self.location.origin,
  new NetworkOnly({ plugins: [isolation] }),
);

// The page's "Reload" button (workbox-window's messageSkipWaiting) lets a waiting version in.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take the open page at once: on a first visit that page reloads into isolation (the page
// decides, see serviceWorkerRegistration.ts); after an update the page asked for it.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
