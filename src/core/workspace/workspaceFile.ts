/**
 * "Export workspace" / "Import workspace": the whole saved workspace (tuned head and training
 * history included) and the imported dataset as one JSON file, read back through the workspace
 * schema so a damaged field is repaired and named, like a saved state at start-up. Pure.
 */
import { readStoredDataset, type Dataset } from '../dataset/storedDataset';
import { isRecord } from './readers';
import {
  readSavedWorkspace,
  serialiseWorkspace,
  type SavedWorkspace,
  type WorkspaceField,
} from './schema';

/** Marks a Cloze Lab workspace file, so another JSON file is told apart. */
export const WORKSPACE_FILE_KIND = 'cloze-lab-workspace';

/** What reading a chosen file gave. */
export type ReadWorkspaceFile =
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | {
      kind: 'workspace';
      workspace: SavedWorkspace;
      dataset: Dataset | null;
      /** Damaged fields, which took the fallback's value. */
      repaired: WorkspaceField[];
      /** The file had a dataset that could not be read. */
      datasetDropped: boolean;
    };

/** The file's text: the workspace as the schema stores it, and the dataset. */
export function workspaceFileText(workspace: SavedWorkspace, dataset: Dataset | null): string {
  return JSON.stringify({ kind: WORKSPACE_FILE_KIND, ...serialiseWorkspace(workspace), dataset });
}

/** Reads a file's text; `fallback` gives the value of a damaged field. Never throws. */
export function readWorkspaceFile(text: string, fallback: SavedWorkspace): ReadWorkspaceFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'notJson' };
  }
  if (!isRecord(value) || value.kind !== WORKSPACE_FILE_KIND) return { kind: 'foreign' };
  const read = readSavedWorkspace({ version: value.version, state: value.state }, fallback);
  if (read.unreadable) return { kind: 'foreign' };
  const dataset = value.dataset == null ? null : readStoredDataset(value.dataset);
  return {
    kind: 'workspace',
    workspace: read.workspace,
    dataset,
    repaired: read.repaired,
    datasetDropped: value.dataset != null && dataset === null,
  };
}
