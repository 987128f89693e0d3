/** The ten most likely vocabulary tokens at the mask for the selected example. */
import { useTranslation } from './useTranslation';
import { selectResultsOutdated, selectSelectedIndex } from '../state/selectors';
import { useAppStore } from '../state/store';

export function FillMaskView() {
  const t = useTranslation();
  const fillMask = useAppStore((s) => s.prediction.result?.fillMask ?? null);
  const outdated = useAppStore(selectResultsOutdated);
  const text = useAppStore((s) => s.prediction.examples[selectSelectedIndex(s)]?.text ?? '');
  if (!fillMask) return null;
  const top = fillMask[0]?.prob ?? 1;
  return (
    <section className={outdated ? 'panel outdated' : 'panel'} aria-busy={outdated}>
      <h2>{t('fillMaskHeading')}</h2>
      <p className="help">{t('fillMaskFor', { text })}</p>
      <ol className="fill-mask" aria-label={t('fillMaskHeading')}>
        {fillMask.map(({ token, prob }) => (
          <li key={token}>
            <span className="fill-token">{token}</span>
            <span
              className="fill-bar"
              style={{ width: `${(prob / top) * 100}%` }}
              aria-hidden="true"
            />
            <span className="fill-prob">{prob.toFixed(3)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
