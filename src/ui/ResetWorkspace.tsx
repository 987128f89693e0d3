/** "Reset workspace": asks first, and afterwards offers one step of undo. */
import { useRef } from 'react';
import { resetWorkspace } from '../state/replaceWorkspace';
import { useTranslation } from './useTranslation';

export function ResetWorkspace() {
  const t = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      {/* Contract names stay English in every UI language (README). */}
      <button
        type="button"
        aria-label="Reset workspace"
        className="laptop-only"
        onClick={() => dialog.current?.showModal()}
      >
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
