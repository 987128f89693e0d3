/** The Examples box: one example per line, optionally `label<TAB>text`. */
import { useTranslation } from './useTranslation';
import { selectExampleIssues, selectExamples } from '../state/selectors';
import { useAppStore } from '../state/store';
import { UnknownTokensNote } from './UnknownTokensNote';

export function ExamplesEditor() {
  const t = useTranslation();
  const text = useAppStore((s) => s.examplesText);
  const setExamplesText = useAppStore((s) => s.setExamplesText);
  const count = useAppStore((s) => selectExamples(s).length);
  const issues = useAppStore(selectExampleIssues);
  return (
    <section className="panel">
      <h2>{t('examplesHeading')}</h2>
      <p className="help" id="examples-help">
        {t('examplesHelp')} {t('examplesTabHelp')}
      </p>
      <textarea
        aria-label="Examples"
        aria-describedby="examples-help examples-messages"
        className="examples-input"
        rows={10}
        spellCheck={false}
        value={text}
        onChange={(e) => setExamplesText(e.target.value)}
        onKeyDown={(e) => {
          // Tab separates label and text here, so it types a tab; Escape then Tab leaves the box.
          if (e.key === 'Tab' && !e.shiftKey && !e.nativeEvent.isComposing && !escapeArmed) {
            e.preventDefault();
            const el = e.currentTarget;
            const start = el.selectionStart;
            const next = `${el.value.slice(0, start)}\t${el.value.slice(el.selectionEnd)}`;
            setExamplesText(next);
            requestAnimationFrame(() => el.setSelectionRange(start + 1, start + 1));
          }
          escapeArmed = e.key === 'Escape';
        }}
      />
      <ul id="examples-messages" className="messages" aria-live="polite">
        {count === 0 && <li className="error">{t('noExamples')}</li>}
        {issues.map((issue) => (
          <li key={issue.line} className="warning">
            {t('unknownLabel', { line: issue.line, label: issue.label })}
          </li>
        ))}
        {count > 0 && <UnknownTokensNote part="examples" />}
      </ul>
    </section>
  );
}

// Keyboard users need a way out of a box that captures Tab (WCAG 2.1.2): Escape arms the next Tab.
let escapeArmed = false;
