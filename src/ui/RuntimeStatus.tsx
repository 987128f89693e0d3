/** The Runtime status: backend, threads, model and dtype of the model answering now. */
import { useTranslation } from './useTranslation';
import { chooseModel } from '../state/modelSync';
import { DEFAULT_MODEL, useAppStore } from '../state/store';

export function RuntimeStatus() {
  const t = useTranslation();
  const model = useAppStore((s) => s.model);
  const runtime = model.active;

  let text: string;
  if (runtime) {
    const backend =
      runtime.backend === 'webgpu'
        ? 'WebGPU'
        : `WASM (${runtime.threads === 1 ? t('runtimeThread') : t('runtimeThreads', { count: runtime.threads })})`;
    text = t('runtimeReady', { backend, model: runtime.model, dtype: runtime.dtype });
  } else if (model.loading) {
    text = t('runtimeLoading', { model: model.loading.label });
  } else {
    text = t('runtimeError', { message: model.loadError?.detail ?? '' });
  }
  const state = runtime ? 'ready' : model.loading ? 'loading' : 'error';
  return (
    <div className="runtime">
      <div role="status" aria-label="Runtime" className={`runtime-status runtime-${state}`}>
        {text}
      </div>
      {runtime && DEFAULT_MODEL.kind === 'bundled' && runtime.model === DEFAULT_MODEL.name && (
        <p className="model-card dev-stat">{t('modelCard')}</p>
      )}
      {state === 'error' && (
        <button type="button" onClick={() => void chooseModel(model.source)}>
          {t('retry')}
        </button>
      )}
      {runtime?.fallbackReason && (
        <p className="notice" role="alert">
          {t('fallbackNotice', {
            reason:
              runtime.fallbackReason.code === 'noAdapter'
                ? t('fallback_noAdapter')
                : t('fallback_webgpuFailed', { detail: runtime.fallbackReason.detail }),
          })}
        </p>
      )}
      {runtime?.headRewrite && (
        <p className="notice" role="alert">
          {t('headRewriteOff', {
            reason: t(`rewrite_${runtime.headRewrite.reason}` as const, {
              detail: runtime.headRewrite.detail,
            }),
          })}
        </p>
      )}
    </div>
  );
}
