/**
 * "Add to comparison" and the comparison table: entries counted on other rows (or another model)
 * are marked, and "Evaluate all on these rows" brings them up to date, with progress.
 */
import { useState } from 'react';
import {
  addCurrentToComparison,
  adoptComparison,
  canAddCurrent,
  currentBasis,
  reevaluateComparison,
  removeFromComparison,
} from '../state/comparisonSync';
import { selectEvaluation } from '../state/selectors';
import { useAppStore } from '../state/store';
import { PromptComparison } from './PromptComparison';
import { useTranslation } from './useTranslation';

export function ComparisonSection() {
  const t = useTranslation();
  const entries = useAppStore((s) => s.comparison);
  const canAdd = useAppStore(canAddCurrent);
  const basis = useAppStore(currentBasis);
  const metrics = useAppStore((s) => selectEvaluation(s).metrics);
  const tuned = useAppStore((s) => selectEvaluation(s).usingTunedHead);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [interrupted, setInterrupted] = useState(false);
  const others = entries.filter((e) => e.evaluatedOn !== basis).length;

  const reevaluate = async () => {
    setInterrupted(false);
    const finished = await reevaluateComparison((done, total) => setProgress({ done, total }));
    setProgress(null);
    setInterrupted(!finished);
  };

  return (
    <section className="comparison" aria-label="Comparison">
      <h3>{t('comparisonHeading')}</h3>
      <div className="picker-row">
        <button
          type="button"
          aria-label="Add to comparison"
          disabled={!canAdd}
          onClick={addCurrentToComparison}
        >
          {t('addToComparison')}
        </button>
        {!canAdd && (
          <span className="help">{t(tuned ? 'addToComparisonTuned' : 'addToComparisonWait')}</span>
        )}
      </div>
      {others > 0 && !progress && (
        <p className="notice" role="status">
          {t('comparisonOtherRows', { count: others })}{' '}
          <button
            type="button"
            aria-label="Evaluate all on these rows"
            onClick={() => void reevaluate()}
          >
            {t('comparisonReevaluate')}
          </button>
        </p>
      )}
      {progress && (
        <p role="status">
          {t('comparisonReevaluating', { done: progress.done, total: progress.total })}{' '}
          <progress aria-label="Comparison progress" value={progress.done} max={progress.total} />
        </p>
      )}
      {interrupted && <p className="notice">{t('comparisonInterrupted')}</p>}
      {entries.length > 0 && (
        <PromptComparison
          entries={entries.map((e) =>
            e.evaluatedOn === basis ? e : { ...e, template: `${e.template} †` },
          )}
          current={{ accuracy: metrics.accuracy, macroF1: metrics.macroF1 }}
          onAdopt={adoptComparison}
          onRemove={removeFromComparison}
        />
      )}
    </section>
  );
}
