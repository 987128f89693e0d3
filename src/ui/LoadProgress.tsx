/** Download progress of the model being loaded, with Cancel, and the last load's failure. */
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/useTranslation';
import { cancelModelLoad } from '../state/modelSync';
import { useAppStore } from '../state/store';

const MB = 1024 * 1024;

export function LoadProgress() {
  const t = useTranslation();
  const loading = useAppStore((s) => s.model.loading);
  const loadError = useAppStore((s) => s.model.loadError);
  const active = useAppStore((s) => s.model.active);
  const progress = loading?.progress ?? null;
  return (
    <>
      {loading && (
        <div className="load-progress">
          <progress
            aria-label="Download progress"
            max={progress?.total || 1}
            value={progress?.loaded ?? 0}
          />
          <span>
            {progress
              ? t('downloading', {
                  file: progress.file,
                  loaded: (progress.loaded / MB).toFixed(1),
                  total: (progress.total / MB).toFixed(1),
                  percent: progress.total
                    ? Math.floor((100 * progress.loaded) / progress.total)
                    : 0,
                })
              : t('runtimeLoading', { model: loading.label })}
          </span>
          <button type="button" onClick={cancelModelLoad}>
            {t('cancelLoad')}
          </button>
        </div>
      )}
      {loadError && !loading && (
        <p className="notice error" role="alert">
          {t('loadFailed', {
            model: loadError.label,
            reason: t(`failure_${loadError.failure}` as MessageKey),
          })}{' '}
          {(loadError.failure === 'other' || loadError.failure === 'noOnnx') &&
            `(${loadError.detail})`}{' '}
          {active && t('stillUsing', { model: active.model })}
        </p>
      )}
    </>
  );
}
