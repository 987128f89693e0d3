/** The link "Copy share link" made, in a field to copy from, with what the clipboard did. */
import { useShareStore } from '../state/shareState';
import { MAX_SHARED_EXAMPLE_CHARS } from '../core/workspace/shareLink';
import { useTranslation } from './useTranslation';

export function ShareLinkField() {
  const t = useTranslation();
  const made = useShareStore((s) => s.made);
  if (!made) return null;
  return (
    <div className="notice share-link" role="status">
      <label>
        {t('shareLink')}{' '}
        <input
          type="text"
          readOnly
          aria-label="Share link"
          value={made.url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <p>
        {made.copied ? t('shareLinkCopied') : t('shareLinkNotCopied')}{' '}
        {t('shareLinkLength', { length: made.url.length })}
      </p>
      {made.examplesLeftOut > 0 && (
        <p>
          {t('shareLinkExamplesLeftOut', {
            count: made.examplesLeftOut,
            limit: MAX_SHARED_EXAMPLE_CHARS.toLocaleString('en'),
          })}
        </p>
      )}
      <button type="button" onClick={() => useShareStore.setState({ made: null })}>
        {t('dismiss')}
      </button>
    </div>
  );
}
