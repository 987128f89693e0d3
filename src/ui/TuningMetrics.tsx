/** The evaluation-set accuracy of whichever head the predictions use now. */
import { exampleKeys } from '../core/examples';
import { argmax } from '../core/softmax';
import { useTranslation } from './useTranslation';
import { selectResultsOutdated } from '../state/selectors';
import { useAppStore } from '../state/store';

export function TuningMetrics() {
  const t = useTranslation();
  const prediction = useAppStore((s) => s.prediction);
  const head = useAppStore((s) => s.tuning.head);
  const useTuned = useAppStore((s) => s.tuning.useTuned);
  const outdated = useAppStore(selectResultsOutdated);
  const result = prediction.result;
  if (!result) return null;
  const usingTuned = useTuned && head !== null && result.tunedHeadApplied;
  // The evaluation set: labelled examples the head was not trained on (all of them for zero-shot).
  const trained = new Set(usingTuned ? head.trainKeys : []);
  const keys = exampleKeys(prediction.examples);
  let correct = 0;
  let count = 0;
  prediction.examples.forEach((example, i) => {
    if (example.gold === null || trained.has(keys[i] ?? '')) return;
    count++;
    if (prediction.classNames[argmax(result.examples[i]?.probs ?? [])] === example.gold) correct++;
  });
  return (
    <section
      role="region"
      aria-label="Metrics"
      aria-busy={outdated}
      className={outdated ? 'metrics outdated' : 'metrics'}
    >
      <p>
        <span className="metric-label">{t('accuracyMetric')}</span>{' '}
        <output aria-label="Accuracy">{count ? (correct / count).toFixed(3) : '—'}</output>{' '}
        <span className="help">
          {t('accuracyOn', { count, head: usingTuned ? t('headPrompt') : t('zeroShot') })}
        </span>
      </p>
      {usingTuned && (
        <p className="help">
          {t('headTrainedFor', {
            count: head.trainKeys.length,
            model: head.model,
            dtype: head.dtype,
          })}
        </p>
      )}
      {useTuned && head && !result.tunedHeadApplied && (
        <p className="notice">{t('tunedHeadNotApplied')}</p>
      )}
    </section>
  );
}
