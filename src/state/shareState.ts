/**
 * What the share and workspace-file controls have to say: the last link made, what opening a
 * link or importing a file found. Apart from the main store: none of it is saved or predicted on.
 */
import { create } from 'zustand';
import type { WorkspaceField } from '../core/workspace/schema';

/** The link "Copy share link" made, shown beside the button. */
export interface MadeShareLink {
  url: string;
  /** Example lines the size limit left out. */
  examplesLeftOut: number;
  /** Whether the clipboard took it (a browser may refuse). */
  copied: boolean;
}

/** What opening a share link found: a damaged link, or one opened (with what to say of it). */
export type OpenedShareLink =
  | { kind: 'damaged' }
  | {
      kind: 'opened';
      repaired: WorkspaceField[];
      /** The link's dataset, which this browser does not have. */
      missingDataset: string | null;
      examplesLeftOut: number;
    };

/** What importing a workspace file found. */
export type ImportedWorkspaceFile =
  | { kind: 'notJson' | 'foreign'; fileName: string }
  | { kind: 'repaired'; repaired: WorkspaceField[]; datasetDropped: boolean };

/** The share controls' state. */
export interface ShareState {
  made: MadeShareLink | null;
  opened: OpenedShareLink | null;
  imported: ImportedWorkspaceFile | null;
}

/** The share controls' store. */
export const useShareStore = create<ShareState>()(() => ({
  made: null,
  opened: null,
  imported: null,
}));
