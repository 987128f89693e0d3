/**
 * A whole workspace replaced while the app runs (an imported file, a link pasted into the
 * address bar, the previous workspace restored) may name another model: load it, so the model
 * answering is the one the workspace names.
 */
import { sameSource, type ModelSource } from '../core/modelSource';
import { chooseModel } from './modelSync';
import { useAppStore } from './store';

/** Loads the workspace's model when it is not `before` (the model chosen before the change). */
export function followWorkspaceModel(before: ModelSource): void {
  const { source } = useAppStore.getState().model;
  if (!sameSource(before, source)) void chooseModel(source);
}
