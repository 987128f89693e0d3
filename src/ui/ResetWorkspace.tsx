/** "Reset workspace": asks first, and afterwards offers one step of undo. */
import { useRef } from 'react';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

export function ResetWorkspace() {
  const t = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const resetWorkspace = useAppStore((s) => s.resetWorkspace);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('resetWorkspace')}
      </button>
      {/* A native modal dialog: focus moves in, Escape cancels, focus returns to the button. */}
      <dialog ref={dialog} aria-labelledby="reset-title" aria-describedby="reset-text">
        <h2 id="reset-title">{t('resetConfirmTitle')}</h2>
        <p id="reset-text">{t('resetConfirmText')}</p>
        <form method="dialog" className="picker-row">
          <button type="submit" onClick={resetWorkspace}>
            {t('resetConfirm')}
          </button>
          <button type="submit" autoFocus>
            {t('cancel')}
          </button>
        </form>
      </dialog>
    </>
  );
}

/** Shown after a reset while the previous workspace can still come back. */
export function UndoResetNotice() {
  const t = useTranslation();
  const canUndo = useAppStore((s) => s.previousWorkspace !== null);
  const undoReset = useAppStore((s) => s.undoReset);
  if (!canUndo) return null;
  return (
    <p className="notice" role="status">
      {t('resetDone')}{' '}
      <button type="button" onClick={undoReset}>
        {t('undoReset')}
      </button>
    </p>
  );
}
