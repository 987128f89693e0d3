/** The hook components use to read strings in the current language. */
import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { translate, type MessageKey } from '../i18n/messages';

/** Returns `t(key, values)` bound to the language in the store. */
export function useTranslation(): (
  key: MessageKey,
  values?: Record<string, string | number>,
) => string {
  const language = useAppStore((s) => s.language);
  return useCallback((key, values) => translate(language, key, values), [language]);
}
