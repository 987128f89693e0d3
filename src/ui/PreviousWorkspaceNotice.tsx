/**
 * Shown after the whole workspace was replaced (reset, shared link, lesson, imported file) while
 * the previous one can still come back with one click.
 */
import type { MessageKey } from '../i18n/messages';
import { forgetPreviousWorkspace, restorePreviousWorkspace } from '../state/replaceWorkspace';
import { useAppStore, type ReplaceReason } from '../state/store';
import { useTranslation } from './useTranslation';

const SAID: Record<ReplaceReason, MessageKey> = {
  reset: 'resetDone',
  shared: 'replacedByShared',
  lesson: 'replacedByLesson',
  imported: 'replacedByImport',
  preset: 'replacedByPreset',
  languageDemo: 'replacedByLanguageDemo',
};

export function PreviousWorkspaceNotice() {
  const t = useTranslation();
  const reason = useAppStore((s) => s.previousWorkspace?.reason ?? null);
  if (reason === null) return null;
  // "Undo reset" is an older contract name; every other replacement says what comes back.
  const restoreName = reason === 'reset' ? 'Undo reset' : 'Restore previous workspace';
  return (
    <p className="notice" role="status">
      {t(SAID[reason])}{' '}
      <button type="button" aria-label={restoreName} onClick={restorePreviousWorkspace}>
        {reason === 'reset' ? t('undoReset') : t('restorePreviousWorkspace')}
      </button>
      {reason !== 'reset' && (
        <>
          {' '}
          <button type="button" aria-label="Keep this workspace" onClick={forgetPreviousWorkspace}>
            {t('keepThisWorkspace')}
          </button>
        </>
      )}
    </p>
  );
}
