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
if (import.meta.env.PROD) {
  const { registerServiceWorker } = await import('./ui/serviceWorkerRegistration');
  void registerServiceWorker();
}
