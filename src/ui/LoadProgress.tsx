/** Download progress of the model being loaded, with Cancel, and the last load's failure. */
import { NO_ONNX_UNKNOWN } from '../runtime/loadErrors';
import { useTranslation } from './useTranslation';
import { cancelModelLoad } from '../state/modelSync';
import { useAppStore } from '../state/store';

const MB = 1024 * 1024;

function progressValues(file: string, loaded: number, total: number) {
  return {
    file,
    loaded: (loaded / MB).toFixed(1),
    total: (Math.max(total, loaded) / MB).toFixed(1),
    percent: total ? Math.min(100, Math.floor((100 * loaded) / total)) : 0,
  };
}

export function LoadProgress() {
  const t = useTranslation();
  const loading = useAppStore((s) => s.model.loading);
  const loadError = useAppStore((s) => s.model.loadError);
  const active = useAppStore((s) => s.model.active);
  const files = loading?.files ?? [];
  const loaded = files.reduce((n, f) => n + f.loaded, 0);
  const total = files.reduce((n, f) => n + Math.max(f.total, f.loaded), 0);
  return (
    <>
      {loading && (
        <div className="load-progress">
          <progress aria-label="Download progress" max={total || 1} value={loaded} />
          <button type="button" onClick={cancelModelLoad}>
            {t('cancelLoad')}
          </button>
          <ul className="load-files">
            {files.length === 0 && <li>{t('runtimeLoading', { model: loading.label })}</li>}
            {files.map((f) => (
              <li key={f.file}>{t('downloading', progressValues(f.file, f.loaded, f.total))}</li>
            ))}
            {files.length > 1 && (
              <li className="load-total">
                {t('downloading', progressValues(t('total'), loaded, total))}
              </li>
            )}
          </ul>
        </div>
      )}
      {loadError && !loading && (
        <p className="notice error" role="alert">
          {t('loadFailed', {
            model: loadError.label,
            reason: t(`failure_${loadError.failure}` as const),
          })}{' '}
          {loadError.failure === 'other' && `(${loadError.detail})`}
          {loadError.failure === 'noOnnx' && noOnnxDetail(loadError.detail, t)}{' '}
          {active && t('stillUsing', { model: active.model })}
        </p>
      )}
    </>
  );
}

/** The precisions a repository does have, in the UI's language (the worker sends names only). */
function noOnnxDetail(detail: string, t: ReturnType<typeof useTranslation>): string {
  if (detail === NO_ONNX_UNKNOWN) return '';
  return detail === '' ? t('noOnnxNone') : t('noOnnxHas', { dtypes: detail });
}
