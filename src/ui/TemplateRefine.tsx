/**
 * "Refine template" (issue #12): a forward-only, AutoPrompt-like search from the current
 * template, with progress and Cancel, its trajectory, and "Use refined template".
 */
import { formatMetric } from '../core/evaluation/format';
import { DEFAULT_REFINE } from '../core/search/refine';
import { useAppStore } from '../state/store';
import {
  adoptRefinedTemplate,
  cancelRefine,
  refineCurrentTemplate,
  useRefineStore,
  type RefineResult,
} from '../state/templateRefine';
import { RefineTrajectory } from './RefineTrajectory';
import { useTranslation } from './useTranslation';

export function TemplateRefine() {
  const t = useTranslation();
  const refine = useRefineStore();
  const ready = useAppStore((s) => s.model.active !== null);
  const running = refine.phase === 'running';
  return (
    <section className="template-refine" aria-labelledby="refine-heading">
      <h3 id="refine-heading">{t('refineHeading')}</h3>
      <p className="hint">{t('refineIntro', { rounds: DEFAULT_REFINE.rounds })}</p>
      <div className="picker-row">
        <button
          type="button"
          aria-label="Refine template"
          disabled={running || !ready}
          onClick={() => void refineCurrentTemplate()}
        >
          {t('refineRun')}
        </button>
      </div>
      {refine.phase === 'running' && (
        <p role="status">
          {refine.progress && refine.progress.total > 0
            ? t('refineScoring', { ...refine.progress, rounds: refine.rounds })
            : t('refineGathering', {
                round: refine.progress?.round ?? 1,
                rounds: refine.rounds,
              })}{' '}
          <progress
            aria-label="Refinement progress"
            {...(refine.progress && refine.progress.total > 0
              ? { value: refine.progress.done, max: refine.progress.total }
              : {})}
          />{' '}
          <button type="button" aria-label="Cancel refinement" onClick={cancelRefine}>
            {t('refineCancel')}
          </button>
        </p>
      )}
      {refine.phase === 'failed' && (
        <p className="notice">
          {refine.reason === 'noTrainingRows'
            ? t('refineNoRows')
            : refine.reason === 'invalidPrompt'
              ? t('refineInvalid')
              : t('refineFailed', { detail: refine.detail })}
        </p>
      )}
      {refine.phase === 'done' && <RefineOutcome result={refine.result} />}
    </section>
  );
}

function RefineOutcome({ result }: { result: RefineResult }) {
  const t = useTranslation();
  const last = result.steps[result.steps.length - 1];
  const rounds = result.roundMs.length;
  const meanSeconds = rounds > 0 ? result.roundMs.reduce((a, b) => a + b, 0) / rounds / 1000 : 0;
  return (
    <div role="status" aria-label="Refinement result">
      <p>
        {endText(t, result)}{' '}
        {rounds > 0 && (
          <span className="dev-stat">
            {t('refineRoundTime', { seconds: meanSeconds.toFixed(1) })}
          </span>
        )}
      </p>
      {result.steps.length > 0 && <RefineTrajectory result={result} />}
      {last && result.end !== 'overtaken' && (
        <button
          type="button"
          aria-label="Use refined template"
          title={`${last.template} (${formatMetric(last.accuracy)})`}
          onClick={adoptRefinedTemplate}
        >
          {t('refineUse')}
        </button>
      )}
    </div>
  );
}

function endText(t: ReturnType<typeof useTranslation>, result: RefineResult): string {
  switch (result.end) {
    case 'rounds':
      return t('refineEndRounds', { rounds: result.steps.length - 1 });
    case 'noImprovement':
      return t('refineEndNoImprovement');
    case 'noWords':
      return t('refineEndNoWords');
    case 'cancelled':
    case 'stopped':
      return t('refineEndCancelled');
    case 'overtaken':
      return t('refineEndOvertaken');
  }
}
