/**
 * "Why this prediction" (occlusion): the selected example's words, and the template's own words,
 * each shaded by how much the predicted class's probability drops when that word is removed.
 */
import { useMemo } from 'react';
import { dropColours } from '../core/search/dropColours';
import {
  explainSelected,
  explanationView,
  selectExplanationPrior,
  useExplanationStore,
  type Explanation,
  type ExplanationView,
} from '../state/explanation';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';
import { formatDrop, WordDropList, type WordDropItem } from './WordDropList';

export function ExplanationPanel() {
  const t = useTranslation();
  const { running, explanation, outdated, error } = useExplanationStore();
  const prior = useAppStore(selectExplanationPrior);
  const modelReady = useAppStore((s) => s.model.active !== null);
  const view = useMemo(
    () => (explanation && prior !== 'pending' ? explanationView(explanation, prior) : null),
    [explanation, prior],
  );
  const waiting = running !== null || outdated;
  return (
    <section
      className={outdated ? 'panel explanation outdated' : 'panel explanation'}
      aria-label="Explanation"
      aria-busy={waiting}
    >
      <h3>{t('explanationHeading')}</h3>
      <p className="help">{t('explanationIntro')}</p>
      <button
        type="button"
        aria-label="Explain prediction"
        disabled={!modelReady}
        onClick={explainSelected}
      >
        {t('explainPrediction')}
      </button>
      {running && (
        <p role="status">
          <progress aria-label="Explanation progress" />{' '}
          {t('explanationRunning', {
            inputs: 1 + running.words + running.templateWords,
            words: running.words,
            templateWords: running.templateWords,
          })}
        </p>
      )}
      {outdated && !running && <p className="help">{t('explanationOutdated')}</p>}
      {error && (
        <p className="notice error" role="alert">
          {t('explanationFailed', { detail: 'message' in error ? error.message : error.code })}
        </p>
      )}
      {!explanation && !running && <p className="help">{t('explanationEmpty')}</p>}
      {explanation && prior === 'pending' && <p className="help">{t('explanationPriorPending')}</p>}
      {explanation && view && <ExplanationBody explanation={explanation} view={view} />}
    </section>
  );
}

function ExplanationBody({
  explanation,
  view,
}: {
  explanation: Explanation;
  view: ExplanationView;
}) {
  const t = useTranslation();
  const calibrated = useAppStore((s) => s.calibration !== 'none');
  const textItems: WordDropItem[] = view.text.map((w) => ({
    key: `${w.span.start}`,
    word: w.span.word,
    drop: w.drop,
  }));
  // The template as written: its own words shaded, {text} and [MASK] in place, never removed.
  const templateItems: WordDropItem[] = explanation.template.flatMap(
    (segment, i): WordDropItem[] =>
      segment.kind === 'literal'
        ? view.template
            .filter((w) => w.span.segment === i)
            .map((w) => ({ key: `${i}:${w.span.start}`, word: w.span.word, drop: w.drop }))
        : [{ key: `${i}`, word: segment.kind === 'text' ? '{text}' : '[MASK]', drop: null }],
  );
  const inputs = 1 + view.text.length + view.template.length;
  return (
    <>
      <p>
        <strong>
          {t('explanationPredicted', {
            className: view.className,
            probability: view.probability.toFixed(3),
          })}
        </strong>
      </p>
      {calibrated && <p className="help">{t('explanationCalibrated')}</p>}
      <h4>{t('explanationTextHeading')}</h4>
      <WordDropList items={textItems} scale={view.scale} label="Example words" />
      <h4>{t('explanationTemplateHeading')}</h4>
      {view.template.length > 0 ? (
        <WordDropList items={templateItems} scale={view.scale} label="Template words" />
      ) : (
        <p className="help">{t('explanationNoTemplateWords')}</p>
      )}
      <p className="occlusion-legend">
        {[-view.scale, 0, view.scale].map((drop) => {
          const { background, text } = dropColours(drop, view.scale);
          return (
            <span key={drop} className="occlusion-swatch" style={{ background, color: text }}>
              {formatDrop(drop)}
            </span>
          );
        })}{' '}
        {t('explanationLegend', { className: view.className, scale: view.scale.toFixed(3) })}
      </p>
      <p className="help dev-stat">
        {t('explanationTiming', { inputs, ms: Math.round(explanation.ms) })}
      </p>
    </>
  );
}
