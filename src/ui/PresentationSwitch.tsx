/**
 * The "Presentation" switch: the projector view (large type, no developer statistics, template,
 * label words, chart and table on one screen). Its accessible name stays English.
 */
import { useEffect } from 'react';
import { usePresentation } from '../state/presentation';
import { useTranslation } from './useTranslation';

/** The class on <html> that styles.css reads for the projector view. */
const PRESENTING_CLASS = 'presenting';

export function PresentationSwitch() {
  const t = useTranslation();
  const presenting = usePresentation((s) => s.presenting);
  const setPresenting = usePresentation((s) => s.setPresenting);

  // On <html>, so the root font size (and with it every rem) grows, not only the app's box.
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENTING_CLASS, presenting);
  }, [presenting]);

  return (
    <label className="presentation-switch">
      <input
        type="checkbox"
        role="switch"
        aria-label="Presentation"
        aria-checked={presenting}
        checked={presenting}
        onChange={(e) => setPresenting(e.target.checked)}
      />{' '}
      <span aria-hidden="true">{t('presentation')}</span>
    </label>
  );
}
