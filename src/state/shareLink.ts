/**
 * "Copy share link", and opening one: a link's workspace goes in through `replaceWorkspace`, so
 * the person's own comes back with one click; the fragment leaves the address bar once read, so
 * a reload does not apply it again.
 */
import { followWorkspaceModel } from './followWorkspaceModel';
import { readShareFragment, shareFragment, shareLinkUrl } from '../core/workspace/shareLink';
import type { ModelSource } from '../core/modelSource';
import { replaceWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf, startingWorkspace } from './savedWorkspace';
import { useShareStore } from './shareState';
import { useAppStore } from './store';

/** Makes the link of the workspace as it is now, shows it, and puts it on the clipboard. */
export async function copyShareLink(): Promise<void> {
  const s = useAppStore.getState();
  const { fragment, examplesLeftOut } = shareFragment(savedWorkspaceOf(s), s.dataset?.name ?? null);
  const url = shareLinkUrl(location.href, fragment);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // Refused (no permission, no focus, insecure page): the field beside the button has it.
  }
  useShareStore.setState({ made: { url, examplesLeftOut, copied } });
}

/**
 * Opens the share link in the address bar, if any; call after the saved workspace is restored and
 * before the first model is chosen. A link pasted into the address bar later (the same page: the
 * browser only changes the fragment) opens too.
 */
export function openShareLinkFromUrl(): void {
  openShareLink();
  addEventListener('hashchange', () => openShareLink(useAppStore.getState().model.source));
}

/** Opens the link in the address bar; `runningModel`: the model to replace when it changes. */
function openShareLink(runningModel?: ModelSource): void {
  const s = useAppStore.getState();
  // The receiver's own backend, and its values for whatever the link has damaged.
  const receiver = { ...startingWorkspace(), backend: s.backend, language: s.language };
  const read = readShareFragment(location.hash, receiver);
  if (read === null) return;
  history.replaceState(history.state, '', location.pathname + location.search);
  if (read === 'damaged') {
    useShareStore.setState({ opened: { kind: 'damaged' } });
    return;
  }
  // A link names its dataset only: the one here is kept when it has that name, else put aside.
  const sameDataset = read.datasetName !== null && s.dataset?.name === read.datasetName;
  replaceWorkspace(read.workspace, 'shared', sameDataset ? s.dataset : null);
  if (runningModel) followWorkspaceModel(runningModel);
  useShareStore.setState({
    opened: {
      kind: 'opened',
      repaired: read.repaired,
      missingDataset: read.datasetName !== null && !sameDataset ? read.datasetName : null,
      examplesLeftOut: read.examplesLeftOut,
    },
  });
}
