/**
 * Switching the UI language. The workspace on screen may be the person's own, so the new
 * language's demo (its template, classes, examples and bundled model) is only offered, and goes in
 * through replaceWorkspace (restorable) when they accept.
 */
import { defaultWorkspace } from '../core/defaults';
import type { Language } from '../core/language';
import { replaceWithLanguageDefaults } from './replaceWorkspace';
import { useAppStore, type AppState } from './store';

/** Whether the workspace's prompt and examples are `language`'s demo as it ships. */
function showsDemoOf(s: AppState, language: Language): boolean {
  const demo = defaultWorkspace(language);
  return (
    s.template === demo.template &&
    s.examplesText === demo.examplesText &&
    JSON.stringify(s.classes) === JSON.stringify(demo.classes)
  );
}

/** Changes the UI language, and offers its demo unless the workspace already is that demo. */
export function switchLanguage(language: Language): void {
  const s = useAppStore.getState();
  if (language === s.language) return;
  useAppStore.setState({ language, demoOffer: showsDemoOf(s, language) ? null : language });
}

/** Accepts the offer: the demo replaces the workspace, which "Restore previous workspace" brings back. */
export function openLanguageDemo(): void {
  const language = useAppStore.getState().demoOffer;
  if (language) replaceWithLanguageDefaults(language, 'languageDemo');
}

/** Declines the offer: the workspace stays as it is. */
export function declineLanguageDemo(): void {
  useAppStore.setState({ demoOffer: null });
}
