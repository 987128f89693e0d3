/**
 * The store's side of the workspace schema: which parts of the store are saved, and how a read
 * workspace goes back into the store. The schema itself (checks, repairs) is in core.
 */
import { freshWorkspace, type ReadWorkspace, type SavedWorkspace } from '../core/workspace/schema';
import { bundledModelFor } from '../core/bundledModels';
import { DEFAULT_HUB_HOST } from '../core/modelSource';
import { DEFAULT_TUNING_SETTINGS, useAppStore, workspaceOf, type AppState } from './store';

/** The saved form of the store's workspace as it is now. */
export function savedWorkspaceOf(s: AppState): SavedWorkspace {
  return {
    ...workspaceOf(s),
    language: s.language,
    modelSource: s.model.source,
    hubHost: s.model.hubHost,
    backend: s.backend,
    tuning: {
      settings: s.tuning.settings,
      head: s.tuning.head,
      useTuned: s.tuning.useTuned,
      history: s.tuning.history,
      historyFor: s.tuning.historyFor,
      historyRunning: s.tuning.historyRunning,
    },
  };
}

/** The workspace a fresh browser starts with (language from the browser, and its bundled model). */
export function startingWorkspace(): SavedWorkspace {
  const { language } = useAppStore.getState();
  return freshWorkspace(
    language,
    bundledModelFor(language),
    DEFAULT_HUB_HOST,
    DEFAULT_TUNING_SETTINGS,
  );
}

/** Puts a read workspace into the store, with the notice of what had to be repaired. */
export function applySavedWorkspace({ workspace, repaired, unreadable }: ReadWorkspace): void {
  const { tuning, modelSource, hubHost, ...rest } = workspace;
  useAppStore.setState((s) => ({
    ...rest,
    model: { ...s.model, source: modelSource, hubHost },
    tuning: { ...s.tuning, ...tuning },
    restore: unreadable || repaired.length > 0 ? { unreadable, repaired } : null,
  }));
}
