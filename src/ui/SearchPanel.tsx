/**
 * Search and explain (issue #12): the automatic side of prompt construction — label words and
 * templates found from the labelled rows, a forward-only template refinement — and why the
 * model predicts what it does. Each part is its own component; this panel only groups them.
 */
import { ExplanationPanel } from './ExplanationPanel';
import { LabelWordSuggestions } from './LabelWordSuggestions';
import { TemplateRefine } from './TemplateRefine';
import { TemplateSuggestions } from './TemplateSuggestions';
import { useTranslation } from './useTranslation';

export function SearchPanel() {
  const t = useTranslation();
  return (
    <section className="panel search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <p className="hint">{t('searchIntro')}</p>
      <LabelWordSuggestions />
      <TemplateSuggestions />
      <TemplateRefine />
      <ExplanationPanel />
    </section>
  );
}
