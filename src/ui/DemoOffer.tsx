/**
 * After a switch of UI language: offers that language's demo workspace instead of putting it in
 * silently, since the workspace on screen may be the person's own.
 */
import { bundledModelFor } from '../core/bundledModels';
import { modelLabel } from '../core/modelSource';
import { declineLanguageDemo, openLanguageDemo } from '../state/languageSwitch';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

export function DemoOffer() {
  const t = useTranslation();
  const offer = useAppStore((s) => s.demoOffer);
  if (offer === null) return null;
  return (
    <p className="notice" role="status">
      {t('demoOffer', { model: modelLabel(bundledModelFor(offer)) })}{' '}
      <button type="button" onClick={openLanguageDemo}>
        {t('openDemo')}
      </button>{' '}
      <button type="button" onClick={declineLanguageDemo}>
        {t('keepMyWorkspace')}
      </button>
    </p>
  );
}
