/**
 * The exact token sequence the model reads for the selected example, mask highlighted, soft
 * tokens [P] shown by their start words and demonstrations (labelled rows after the input)
 * marked, for the eye and for screen readers.
 */
import { useTranslation } from './useTranslation';
import type { PreviewToken } from '../runtime/predictTypes';
import { selectResultsOutdated } from '../state/selectors';
import { useAppStore } from '../state/store';

export function TokenPreview() {
  const t = useTranslation();
  const preview = useAppStore((s) => s.prediction.result?.preview ?? null);
  const outdated = useAppStore(selectResultsOutdated);
  return (
    <section
      className={outdated ? 'panel outdated' : 'panel'}
      aria-busy={outdated}
      data-tour="token-preview"
    >
      <h2>{t('previewHeading')}</h2>
      {preview && preview.length > 0 ? (
        <ol className="tokens" aria-label={t('previewLabel')}>
          {preview.map((token, i) => {
            const demo = token.isDemonstration === true;
            // A run of demonstration tokens is announced where it starts and where it ends.
            const starts = demo && preview[i - 1]?.isDemonstration !== true;
            const ends = demo && preview[i + 1]?.isDemonstration !== true;
            return (
              <li key={i} className={tokenClass(token)}>
                {starts && <span className="visually-hidden">{t('demonstrationStart')} </span>}
                {token.isSoft && <span className="visually-hidden">{t('softTokenStart')} </span>}
                {token.text}
                {ends && <span className="visually-hidden"> {t('demonstrationEnd')}</span>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="help">{t('previewEmpty')}</p>
      )}
    </section>
  );
}

function tokenClass(token: PreviewToken): string {
  if (token.isMask) return 'token mask';
  if (token.isSpecial) return 'token special';
  if (token.isSoft) return 'token soft';
  return token.isDemonstration ? 'token demonstration' : 'token';
}
