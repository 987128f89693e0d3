/** The language control; every UI string follows it. */
import { useAppStore } from '../state/store';
import type { Language } from '../i18n/messages';

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <select
      aria-label="Language"
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
    >
      <option value="en">English</option>
      <option value="zh">中文（简体）</option>
    </select>
  );
}
