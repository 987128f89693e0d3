/**
 * Entry point. The model worker starts first: compiling ORT and fetching the model take most of
 * the time to the first prediction, and they need not wait while the browser parses React and
 * the charts, which come in a second chunk.
 */
import { startModelSync, startModelWorker } from './state/modelSync';
import { restoreComparison } from './state/comparisonSync';
import { restoreDataset } from './state/datasetPersistence';
import { restoreWorkspace, startPersisting } from './state/persistence';
import { installDebugHook } from './state/debugHook';
import {
  restorePreviousWorkspaceState,
  startPersistingPreviousWorkspace,
} from './state/previousWorkspacePersistence';
import { openShareLinkFromUrl } from './state/shareLink';
import { useAppStore } from './state/store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startModelWorker();
// The saved workspace names the model to load; reading it takes milliseconds next to ORT's compile.
await Promise.all([
  restoreWorkspace(),
  restoreDataset(),
  restoreComparison(),
  restorePreviousWorkspaceState(),
]);
startPersisting();
startPersistingPreviousWorkspace();
// After the person's own workspace is back and saving has started: a shared link replaces it
// (kept for one click back, and saved), before the model to load is chosen.
openShareLinkFromUrl();
startModelSync();
installDebugHook();
const { mount } = await import('./ui/mount');
mount(root);
// The service worker (offline, isolation on static hosts) only in the built app: the dev server
// sends the headers itself, and a cache there would serve stale code.
// Where the server sends the isolation headers itself, nothing needs the worker soon, and its
// precache download (the models again, ORT's WebAssembly) would compete with the first
// prediction's: it starts once the first answer is on screen. Without the headers it starts at
// once, since threads wait for it.
if (import.meta.env.PROD) {
  const { registerServiceWorker } = await import('./ui/serviceWorkerRegistration');
  if (self.crossOriginIsolated) afterFirstAnswer(() => void registerServiceWorker());
  else void registerServiceWorker();
}

/** Calls `then` once the store holds the first prediction (at once if it already does). */
function afterFirstAnswer(then: () => void): void {
  if (useAppStore.getState().prediction.result) return then();
  const stop = useAppStore.subscribe((s) => {
    if (!s.prediction.result) return;
    stop();
    then();
  });
}
