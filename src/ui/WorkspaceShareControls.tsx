/** The header's "Copy share link", "Export workspace" and "Import workspace" buttons. */
import { useRef } from 'react';
import { copyShareLink } from '../state/shareLink';
import { exportedWorkspaceText, importWorkspaceFile } from '../state/workspaceFile';
import { downloadText } from './downloadText';
import { useTranslation } from './useTranslation';

export function WorkspaceShareControls() {
  const t = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" aria-label="Copy share link" onClick={() => void copyShareLink()}>
        {t('copyShareLink')}
      </button>
      <button
        type="button"
        aria-label="Export workspace"
        className="laptop-only"
        onClick={() => downloadText(exportedWorkspaceText(), 'cloze-lab-workspace.json')}
      >
        {t('exportWorkspace')}
      </button>
      <button
        type="button"
        aria-label="Import workspace"
        className="laptop-only"
        onClick={() => fileInput.current?.click()}
      >
        {t('importWorkspace')}
      </button>
      {/* The button above is the control; the browser's own file input stays out of sight. */}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // the same file can be chosen again
          if (file) void importWorkspaceFile(file);
        }}
      />
    </>
  );
}
