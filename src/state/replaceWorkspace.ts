/**
 * Replacing the whole workspace at once — "Reset workspace", a shared link, a lesson, an imported
 * file — always keeps the workspace it replaced, so one click brings it back: nothing a person
 * typed is lost to a link or a lesson.
 */
import type { Dataset } from '../core/dataset/storedDataset';
import { modelForLanguage } from '../core/bundledModels';
import { defaultWorkspace } from '../core/defaults';
import type { Language } from '../core/language';
import type { SavedWorkspace } from '../core/workspace/schema';
import { keepDataset } from './datasetPersistence';
import { followWorkspaceModel } from './followWorkspaceModel';
import { applySavedWorkspace, savedWorkspaceOf } from './savedWorkspace';
import { useAppStore, type ReplaceReason } from './store';

/**
 * Makes `next` the workspace and keeps the person's own for `restorePreviousWorkspace`.
 * `dataset`: the dataset that comes with `next` (null removes it); undefined keeps the current one.
 */
export function replaceWorkspace(
  next: SavedWorkspace,
  reason: ReplaceReason,
  dataset?: Dataset | null,
): void {
  const s = useAppStore.getState();
  // While an earlier replacement is still unchosen (a second link, the next lesson), the
  // workspace on screen is not the person's: keep theirs, so one click still brings it back.
  const previous = s.previousWorkspace
    ? { ...s.previousWorkspace, reason }
    : { workspace: savedWorkspaceOf(s), dataset: s.dataset, reason };
  applySavedWorkspace({ workspace: next, repaired: [], unreadable: false });
  useAppStore.setState({ previousWorkspace: previous, demoOffer: null });
  if (dataset !== undefined && dataset !== s.dataset) void keepDataset(dataset);
}

/**
 * "Reset workspace": the UI language's default template, classes and examples. The language
 * stays, and so does a model the person chose; a bundled model becomes the language's own.
 */
export function resetWorkspace(): void {
  replaceWithLanguageDefaults(useAppStore.getState().language, 'reset');
}

/** Replaces the workspace with `language`'s defaults and bundled model (see resetWorkspace). */
export function replaceWithLanguageDefaults(language: Language, reason: ReplaceReason): void {
  const s = useAppStore.getState();
  const before = s.model.source;
  const current = savedWorkspaceOf(s);
  replaceWorkspace(
    {
      ...current,
      ...defaultWorkspace(language),
      modelSource: modelForLanguage(current.modelSource, language),
    },
    reason,
  );
  followWorkspaceModel(before);
}

/** Brings back the workspace the last replacement took away (one step). */
export function restorePreviousWorkspace(): void {
  const { previousWorkspace: previous, model } = useAppStore.getState();
  if (!previous) return;
  applySavedWorkspace({ workspace: previous.workspace, repaired: [], unreadable: false });
  useAppStore.setState({ previousWorkspace: null });
  if (previous.dataset !== useAppStore.getState().dataset) void keepDataset(previous.dataset);
  followWorkspaceModel(model.source);
}

/** Keeps the replacement: the notice goes and the previous workspace is let go. */
export function forgetPreviousWorkspace(): void {
  useAppStore.setState({ previousWorkspace: null });
}
