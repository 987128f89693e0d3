/**
 * Registers the service worker (src/sw/serviceWorker.ts) in the built app and keeps what the
 * page needs to know about it: whether a new version is waiting ("Update available"). It never
 * lets a new version in by itself: a lesson's page does not change under the class.
 */
import { Workbox } from 'workbox-window';
import { appBase } from '../runtime/appBase';

// Set for this tab before the one reload into isolation, so a browser that stays unisolated
// under our service worker (one that ignores its headers) is not reloaded again and again.
const ISOLATION_RELOAD_KEY = 'cloze-lab:isolation-reload';

let workbox: Workbox | null = null;
let updateWaiting = false;
let updateRequested = false;
const listeners = new Set<() => void>();

function setUpdateWaiting(): void {
  updateWaiting = true;
  for (const listener of listeners) listener();
}

/** Whether a new version is installed and waits for "Reload" (for useSyncExternalStore). */
export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

/** Calls `listener` when an update starts waiting; returns the unsubscribe function. */
export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over; the page reloads once it controls the page. */
export async function applyUpdate(): Promise<void> {
  updateRequested = true;
  const registration = await navigator.serviceWorker.getRegistration();
  if (registration?.waiting) workbox?.messageSkipWaiting();
  // Another tab already let it in: only this page's code is old.
  else location.reload();
}

/**
 * The page is not isolated, though it may be: reload once so that the service worker answers the
 * page itself with the COOP/COEP headers (a first visit, or a hard reload that bypassed it).
 */
function reloadIntoIsolation(): void {
  if (crossOriginIsolated || sessionStorage.getItem(ISOLATION_RELOAD_KEY) !== null) return;
  sessionStorage.setItem(ISOLATION_RELOAD_KEY, '1');
  location.reload();
}

/** Registers the service worker (the built app only; the dev server sends the headers itself). */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(`${appBase()}serviceWorker.js`);
  workbox = wb;
  wb.addEventListener('waiting', setUpdateWaiting);
  wb.addEventListener('controlling', (event) => {
    if (updateRequested) location.reload();
    // Another tab let a new version in: this page's code is the old one, so say so.
    else if (event.isUpdate || event.isExternal) setUpdateWaiting();
    else reloadIntoIsolation();
  });
  if (navigator.serviceWorker.controller) reloadIntoIsolation();
  try {
    const registration = await wb.register();
    // A new version the navigation itself found may be installing before register() ran, its
    // `updatefound` gone unseen by Workbox: watch it here too.
    const installing = registration?.installing;
    if (installing && navigator.serviceWorker.controller)
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed') setUpdateWaiting();
      });
  } catch {
    // No service worker (a private window, a browser or test that blocks them): the app works
    // online as before, on one thread unless the server sends the headers.
  }
}
