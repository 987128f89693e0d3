/** The evaluation-set accuracy of whichever head the predictions use now. */
import { accuracy } from '../core/metrics';
import {
  selectPredictionClasses,
  selectResultsOutdated,
  selectShownExampleKeys,
} from '../state/selectors';
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';

export function TuningMetrics() {
  const t = useTranslation();
  const result = useAppStore((s) => s.prediction.result);
  const keys = useAppStore(selectShownExampleKeys);
  const classes = useAppStore(selectPredictionClasses);
  const head = useAppStore((s) => s.tuning.head);
  const useTuned = useAppStore((s) => s.tuning.useTuned);
  const outdated = useAppStore(selectResultsOutdated);
  if (!result) return null;
  const usingTuned = useTuned && head !== null && result.tunedHeadApplied;
  // The evaluation set: labelled examples the head was not trained on (all of them for zero-shot).
  const trained = new Set(usingTuned ? head.trainKeys : []);
  const { value, total: count } = accuracy(
    classes.predicted,
    classes.gold,
    (i) => !trained.has(keys[i] ?? ''),
  );
  return (
    <section
      role="region"
      aria-label="Metrics"
      aria-busy={outdated}
      className={outdated ? 'metrics outdated' : 'metrics'}
    >
      <p>
        <span className="metric-label">{t('accuracyMetric')}</span>{' '}
        <output aria-label="Accuracy">{value === null ? '—' : value.toFixed(3)}</output>{' '}
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
