/** Says which inputs a tuning result belongs to, and marks it when the workspace has moved on. */
import { sameInputs, type TuningProvenance } from '../core/tuning/provenance';
import { selectTuningProvenance } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

/** Whether a result computed for `provenance` no longer matches the current inputs. */
export function useProvenanceOutdated(provenance: TuningProvenance | null): boolean {
  const current = useAppStore(selectTuningProvenance);
  return provenance !== null && (current === null || !sameInputs(provenance, current));
}

export function TuningProvenanceNote({ provenance }: { provenance: TuningProvenance | null }) {
  const t = useTranslation();
  const outdated = useProvenanceOutdated(provenance);
  if (!provenance) return null;
  return (
    <>
      <p className="help provenance">
        {t('resultsFor', {
          model: provenance.model,
          dtype: provenance.dtype,
          template: provenance.template,
          words: provenance.labelWords.join(' | '),
          rows: provenance.rows,
        })}
      </p>
      {outdated && (
        <p className="notice" role="status">
          {t('resultsForOtherInputs')}
        </p>
      )}
    </>
  );
}
