/** The exact token sequence the model reads for the selected example, mask highlighted. */
import { useTranslation } from './useTranslation';
import { selectResultsOutdated } from '../state/selectors';
import { useAppStore } from '../state/store';

export function TokenPreview() {
  const t = useTranslation();
  const preview = useAppStore((s) => s.prediction.result?.preview ?? null);
  const outdated = useAppStore(selectResultsOutdated);
  return (
    <section className={outdated ? 'panel outdated' : 'panel'} aria-busy={outdated}>
      <h2>{t('previewHeading')}</h2>
      {preview && preview.length > 0 ? (
        <ol className="tokens" aria-label={t('previewLabel')}>
          {preview.map((token, i) => (
            <li
              key={i}
              className={token.isMask ? 'token mask' : token.isSpecial ? 'token special' : 'token'}
            >
              {token.text}
            </li>
          ))}
        </ol>
      ) : (
        <p className="help">{t('previewEmpty')}</p>
      )}
    </section>
  );
}
