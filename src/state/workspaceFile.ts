/** "Export workspace" / "Import workspace": the whole workspace and its dataset as a JSON file. */
import { readWorkspaceFile, workspaceFileText } from '../core/workspace/workspaceFile';
import { followWorkspaceModel } from './followWorkspaceModel';
import { replaceWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf, startingWorkspace } from './savedWorkspace';
import { useShareStore } from './shareState';
import { useAppStore } from './store';

/** The file's text for the workspace as it is now. */
export function exportedWorkspaceText(): string {
  const s = useAppStore.getState();
  return workspaceFileText(savedWorkspaceOf(s), s.dataset);
}

/** Reads a chosen file; a workspace file replaces the workspace (the previous one is kept). */
export async function importWorkspaceFile(file: File): Promise<void> {
  const s = useAppStore.getState();
  // The backend is a choice about this machine: an imported file does not change it.
  const fallback = { ...startingWorkspace(), backend: s.backend, language: s.language };
  const read = readWorkspaceFile(await file.text(), fallback);
  if (read.kind !== 'workspace') {
    useShareStore.setState({ imported: { kind: read.kind, fileName: file.name } });
    return;
  }
  replaceWorkspace({ ...read.workspace, backend: s.backend }, 'imported', read.dataset);
  followWorkspaceModel(s.model.source);
  const { repaired, datasetDropped } = read;
  useShareStore.setState({
    imported:
      repaired.length > 0 || datasetDropped ? { kind: 'repaired', repaired, datasetDropped } : null,
  });
}
