/**
 * Evaluation of the prompt on every labelled row (typed examples and the dataset): the
 * Calibration select, the evaluation's progress with Cancel, the region "Metrics", the prompt
 * comparison and the downloads. The figures follow the calibration chosen here, like the table.
 */
import { CALIBRATION_MODES, type CalibrationMode } from '../core/evaluation/calibration';
import { classColour } from '../core/classColours';
import { cancelEvaluation, predictAgain } from '../state/modelSync';
import {
  selectEvaluation,
  selectResultsOutdated,
  selectRowsCurrent,
  selectShownProbabilities,
} from '../state/selectors';
import { useAppStore } from '../state/store';
import { ComparisonSection } from './ComparisonSection';
import { MetricsPanel } from './MetricsPanel';
import { useTranslation } from './useTranslation';

// Option names are the contract's English words in every language; the help text translates.
const CALIBRATION_NAMES: Record<CalibrationMode, string> = {
  none: 'None',
  contextual: 'Contextual',
  batch: 'Batch',
};

export function EvaluationPanel() {
  const t = useTranslation();
  const prediction = useAppStore((s) => s.prediction);
  const calibration = useAppStore((s) => s.calibration);
  const setCalibration = useAppStore((s) => s.setCalibration);
  const view = useAppStore(selectEvaluation);
  const prior = useAppStore((s) => selectShownProbabilities(s).prior);
  const outdated = useAppStore(selectResultsOutdated);
  const rowsCurrent = useAppStore(selectRowsCurrent);
  const head = useAppStore((s) => s.tuning.head);
  const useTuned = useAppStore((s) => s.tuning.useTuned);
  if (!prediction.result) return null;
  const { classNames } = prediction;
  const filling = prediction.pending && !prediction.stale;
  // Rows of the prediction in flight (all rows, labelled or not): none done before its first rows.
  const done = prediction.current ? rowsCurrent.count : 0;

  const headName = view.usingTunedHead ? t('headPrompt') : t('zeroShot');
  const rowsNote = [
    t('accuracyOn', { count: view.rows, head: headName }),
    t('evaluationRows', { typed: view.typedRows, dataset: view.datasetRows }),
    view.usingTunedHead ? t('evaluationRowsTrained', { count: view.trainedExcluded }) : '',
  ]
    .filter((s) => s !== '')
    .join(' ');

  return (
    <section className="panel evaluation" aria-label="Evaluation">
      <h2>{t('evaluationHeading')}</h2>
      <MetricsPanel
        metrics={view.evaluated > 0 ? view.metrics : null}
        uncalibratedAccuracy={view.uncalibratedAccuracy}
        calibration={calibration}
        classNames={classNames}
        classColours={classNames.map((_, c) => classColour(c))}
        evaluated={view.evaluated}
        totalRows={view.rows}
        rowsNote={rowsNote}
        busy={outdated}
      >
        <div className="picker-row">
          <label>
            <span aria-hidden="true">{t('calibration')}</span>{' '}
            <select
              aria-label="Calibration"
              value={calibration}
              onChange={(e) => setCalibration(e.target.value as CalibrationMode)}
            >
              {CALIBRATION_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {CALIBRATION_NAMES[mode]}
                </option>
              ))}
            </select>
          </label>
          <span className="help">{t(`calibrationHelp_${calibration}`)}</span>
        </div>
        {calibration !== 'none' && prior && (
          <p className="help" aria-label="Calibration prior">
            {t('calibrationPrior')}{' '}
            {classNames.map((name, c) => (
              <span key={`${c}:${name}`} className="prior">
                {c > 0 && ' · '}
                {name} <output aria-label={`Prior ${name}`}>{(prior[c] ?? 0).toFixed(3)}</output>
              </span>
            ))}
          </p>
        )}
        {filling && (
          <p role="status" className="evaluation-progress">
            {t('evaluationProgress', { done, total: prediction.requestedRows })}{' '}
            <progress
              aria-label="Evaluation progress"
              value={done}
              max={prediction.requestedRows}
            />{' '}
            <button type="button" aria-label="Cancel evaluation" onClick={cancelEvaluation}>
              {t('cancelEvaluation')}
            </button>
          </p>
        )}
        {prediction.cancelled && (
          <p role="status" className="notice">
            {t('evaluationCancelled', { done: view.evaluated, total: view.rows })}{' '}
            <button type="button" aria-label="Resume evaluation" onClick={predictAgain}>
              {t('resumeEvaluation')}
            </button>
          </p>
        )}
        {view.usingTunedHead && head && (
          <p className="help">
            {t('headTrainedFor', {
              count: head.trainKeys.length,
              model: head.model,
              dtype: head.dtype,
            })}
          </p>
        )}
        {useTuned && head && !prediction.result.tunedHeadApplied && (
          <p className="notice">{t('tunedHeadNotApplied')}</p>
        )}
      </MetricsPanel>
      <ComparisonSection />
    </section>
  );
}
