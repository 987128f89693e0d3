/** The Runtime status: backend, threads, model and dtype, or load progress, or the load error. */
import { useTranslation } from '../i18n/useTranslation';
import { loadModel } from '../state/modelSync';
import { useAppStore } from '../state/store';

export function RuntimeStatus() {
  const t = useTranslation();
  const model = useAppStore((s) => s.model);
  const runtime = model.runtime;

  let text: string;
  if (model.status === 'ready' && runtime) {
    const backend =
      runtime.backend === 'webgpu'
        ? 'WebGPU'
        : `WASM (${runtime.threads === 1 ? t('runtimeThread') : t('runtimeThreads', { count: runtime.threads })})`;
    text = t('runtimeReady', { backend, model: runtime.model, dtype: runtime.dtype });
  } else if (model.status === 'error') {
    text = t('runtimeError', { message: model.error ?? '' });
  } else {
    text = t('runtimeLoading', { model: model.name });
  }
  const progress = model.progress;
  return (
    <div className="runtime">
      <div role="status" aria-label="Runtime" className={`runtime-status runtime-${model.status}`}>
        {text}
      </div>
      {model.status === 'loading' && (
        <progress
          aria-label={t('runtimeLoading', { model: model.name })}
          max={progress?.total || 1}
          value={progress?.loaded ?? 0}
        />
      )}
      {model.status === 'ready' && <p className="model-card">{t('modelCard')}</p>}
      {model.status === 'error' && (
        <button type="button" onClick={() => void loadModel()}>
          {t('retry')}
        </button>
      )}
      {runtime?.fallbackReason && model.status === 'ready' && (
        <p className="notice" role="alert">
          {t('fallbackNotice', { reason: runtime.fallbackReason })}
        </p>
      )}
      {runtime?.headRewrite && model.status === 'ready' && (
        <p className="notice" role="alert">
          {t('headRewriteOff', { reason: runtime.headRewrite })}
        </p>
      )}
    </div>
  );
}
