/** The Runtime status: backend, threads, model and dtype of the model answering now. */
import { useTranslation } from './useTranslation';
import { chooseModel } from '../state/modelSync';
import { useAppStore } from '../state/store';
import type { MessageKey } from '../i18n/messages';

/** The one-line summary of each bundled model's card (public/models/<name>/README.md). */
const MODEL_CARDS: Partial<Record<string, MessageKey>> = {
  'cloze-lab-en': 'modelCard',
  'cloze-lab-zh': 'modelCardZh',
};

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
  const card = runtime ? MODEL_CARDS[runtime.model] : undefined;
  const state = runtime ? 'ready' : model.loading ? 'loading' : 'error';
  return (
    <div className="runtime">
      <div role="status" aria-label="Runtime" className={`runtime-status runtime-${state}`}>
        {text}
      </div>
      {card && <p className="model-card dev-stat">{t(card)}</p>}
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
