/** Says what could not be restored from the saved workspace, and offers the raw saved state. */
import { rawSavedStateText } from '../state/persistence';
import { useAppStore } from '../state/store';
import { downloadText } from './downloadText';
import { useTranslation } from './useTranslation';

export function RestoreNotice() {
  const t = useTranslation();
  const restore = useAppStore((s) => s.restore);
  const dismiss = useAppStore((s) => s.dismissRestoreNotice);
  if (!restore) return null;
  const fields = restore.repaired.map((field) => t(`field_${field}` as const)).join(', ');
  return (
    <div className="notice" role="alert">
      <p>{restore.unreadable ? t('restoreNotice') : t('restoreRepaired', { fields })}</p>
      <button
        type="button"
        onClick={() => downloadText(rawSavedStateText(), 'cloze-lab-saved-state.json')}
      >
        {t('downloadSavedState')}
      </button>{' '}
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
