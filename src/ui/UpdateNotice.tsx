/** "Update available": a new version waits until the person reloads into it, never mid-lesson. */
import { useSyncExternalStore } from 'react';
import { applyUpdate, isUpdateWaiting, onUpdateWaiting } from './serviceWorkerRegistration';
import { useTranslation } from './useTranslation';

export function UpdateNotice() {
  const t = useTranslation();
  // The same snapshot on the server (the render tests): no update is waiting there either.
  const waiting = useSyncExternalStore(onUpdateWaiting, isUpdateWaiting, isUpdateWaiting);
  if (!waiting) return null;
  return (
    <div className="notice" role="status" aria-label="Update available">
      <p>{t('updateAvailable')}</p>
      <button type="button" aria-label="Reload to update" onClick={() => void applyUpdate()}>
        {t('updateReload')}
      </button>
    </div>
  );
}
