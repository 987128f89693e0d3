/** The language control; every UI string follows it (the workspace does not: see DemoOffer). */
import { switchLanguage } from '../state/languageSwitch';
import { useAppStore } from '../state/store';
import type { Language } from '../i18n/messages';

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  return (
    <select
      aria-label="Language"
      value={language}
      onChange={(e) => switchLanguage(e.target.value as Language)}
    >
      <option value="en">English</option>
      <option value="zh">中文（简体）</option>
    </select>
  );
}
