/** How much the browser's model cache holds, and a button to empty it. */
import { useTranslation } from './useTranslation';
import { refreshCacheSize } from '../state/modelSync';
import { useAppStore } from '../state/store';

export function ModelCache() {
  const t = useTranslation();
  const bytes = useAppStore((s) => s.model.cacheBytes);
  return (
    <div className="picker-row cache dev-stat">
      <span>{t('cacheSize', { size: ((bytes ?? 0) / (1024 * 1024)).toFixed(1) })}</span>
      <button type="button" onClick={() => void refreshCacheSize(true)}>
        {t('clearCache')}
      </button>
    </div>
  );
}
