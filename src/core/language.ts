/** The languages the UI speaks. Pure. */

/** A UI language. */
export type Language = 'en' | 'zh';

/** Every UI language, in the order the language select lists them. */
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** Whether a stored or linked value names a UI language. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
