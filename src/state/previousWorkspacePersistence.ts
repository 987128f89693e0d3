/**
 * Keeps the workspace a whole replacement took away (a shared link, a lesson, an import, a reset)
 * in IndexedDB while its notice is up, so a reload before "Restore previous workspace" or "Keep
 * this workspace" does not lose a person's own work. Read through the workspace schema.
 */
import { del, get, set } from 'idb-keyval';
import { readStoredDataset } from '../core/dataset/storedDataset';
import { readSavedWorkspace, serialiseWorkspace } from '../core/workspace/schema';
import { database } from './idbDatabase';
import { startingWorkspace } from './savedWorkspace';
import { useAppStore, type PreviousWorkspace, type ReplaceReason } from './store';

const PREVIOUS_KEY = 'previous-workspace';
const REASONS: readonly ReplaceReason[] = [
  'reset',
  'shared',
  'lesson',
  'imported',
  'preset',
  'languageDemo',
];

/** Puts the kept previous workspace (if any) back into the store. */
export async function restorePreviousWorkspaceState(): Promise<void> {
  let stored: unknown;
  try {
    stored = await get(PREVIOUS_KEY, database());
  } catch {
    return; // IndexedDB unavailable: the storage notice already says saving is off
  }
  const previous = readPrevious(stored);
  if (previous) useAppStore.setState({ previousWorkspace: previous });
  else if (stored !== undefined) void del(PREVIOUS_KEY, database()).catch(() => undefined);
}

/** Writes the previous workspace whenever it changes (and deletes it once it is let go). */
export function startPersistingPreviousWorkspace(): void {
  let writes = Promise.resolve();
  useAppStore.subscribe((state, before) => {
    const previous = state.previousWorkspace;
    if (previous === before.previousWorkspace) return;
    // One write after the other, so an older one cannot land after a newer one.
    writes = writes
      .then(() =>
        previous
          ? set(PREVIOUS_KEY, storedForm(previous), database())
          : del(PREVIOUS_KEY, database()),
      )
      .catch(() => undefined); // a refused write leaves the previous workspace in this tab only
  });
}

function storedForm({ workspace, dataset, reason }: PreviousWorkspace): unknown {
  return { workspace: serialiseWorkspace(workspace), dataset, reason };
}

function readPrevious(stored: unknown): PreviousWorkspace | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { workspace, dataset, reason } = stored as Record<string, unknown>;
  const read = readSavedWorkspace(workspace, startingWorkspace());
  const kind = REASONS.find((r) => r === reason);
  if (read.unreadable || !kind) return null;
  return {
    workspace: read.workspace,
    dataset: dataset === null ? null : readStoredDataset(dataset),
    reason: kind,
  };
}
