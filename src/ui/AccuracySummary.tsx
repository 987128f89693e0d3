/** Accuracy over the labelled examples, and notices about the results on screen. */
import { accuracy } from '../core/metrics';
import { useTranslation } from './useTranslation';
import {
  selectPredictionClasses,
  selectResultsOutdated,
  selectRowsCurrent,
} from '../state/selectors';
import { useAppStore } from '../state/store';

export function AccuracySummary() {
  const t = useTranslation();
  const prediction = useAppStore((s) => s.prediction);
  const classes = useAppStore(selectPredictionClasses);
  const maxLength = useAppStore((s) => s.model.active?.maxLength ?? 0);
  const outdated = useAppStore(selectResultsOutdated);
  const rows = useAppStore(selectRowsCurrent);
  const { result } = prediction;
  if (!result) return null;
  const { value, correct, total } = accuracy(classes.predicted, classes.gold);
  const truncated = result.examples.filter((e) => e.truncatedTokens > 0).length;
  const { stats } = result;
  return (
    <div className="summary">
      {prediction.stale ? (
        <p className="notice stale-notice" role="status">
          {t('staleResults')}
        </p>
      ) : (
        outdated &&
        (prediction.current ? (
          <p className="notice stale-notice" role="status">
            {t('rowsCurrent', { current: rows.count, total: rows.total })}{' '}
            <progress aria-label="Rows current" value={rows.count} max={rows.total} />
          </p>
        ) : (
          <p className="notice stale-notice" role="status">
            {t('outdatedResults')}
          </p>
        ))
      )}
      {prediction.error && prediction.error.code !== 'templateTooLong' && (
        <p className="notice error" role="alert">
          {t('workerError', {
            message:
              'message' in prediction.error ? prediction.error.message : prediction.error.code,
          })}
        </p>
      )}
      <p className={outdated ? 'accuracy outdated' : 'accuracy'}>
        {value === null
          ? t('noLabelled')
          : t('accuracy', {
              value: value.toFixed(3),
              correct,
              total,
            })}
      </p>
      {truncated > 0 && (
        <p className="notice">{t('truncatedNotice', { count: truncated, max: maxLength })}</p>
      )}
      <p className="stats dev-stat">
        {t('stats', {
          runs: stats.modelRuns,
          sequences: stats.sequencesRun,
          hits: stats.cacheHits,
          ms: stats.sessionMs.toFixed(1),
          kb: (stats.outputBytes / 1024).toFixed(0),
          // Padding tokens are computed and thrown away: chunks sorted by length keep this small.
          padding: ((100 * stats.paddedTokens) / (stats.tokens + stats.paddedTokens || 1)).toFixed(
            1,
          ),
        })}
      </p>
    </div>
  );
}
