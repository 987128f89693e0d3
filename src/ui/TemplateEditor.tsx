/** The template text area with live validation. */
import { useMemo } from 'react';
import { useTranslation } from './useTranslation';
import { selectEvaluationExamples, selectParsedTemplate } from '../state/selectors';
import { usesTextB } from '../core/template';
import { useAppStore } from '../state/store';
import { templateIssueText } from './templateIssueText';
import { TemplatePresets } from './TemplatePresets';
import { UnknownTokensNote } from './UnknownTokensNote';

export function TemplateEditor() {
  const t = useTranslation();
  const template = useAppStore((s) => s.template);
  const setTemplate = useAppStore((s) => s.setTemplate);
  const parsed = useAppStore(selectParsedTemplate);
  const tooLong = useAppStore((s) =>
    s.prediction.error?.code === 'templateTooLong' ? s.prediction.error : null,
  );

  const examples = useAppStore(selectEvaluationExamples);
  const pair = parsed.ok && usesTextB(parsed.segments);
  // Rows without a second text fill {text_b} with "": not an error, but worth saying.
  const rowsWithoutTextB = useMemo(
    () => (pair ? examples.filter((e) => e.textB === undefined).length : 0),
    [pair, examples],
  );

  const messages = parsed.ok ? [] : parsed.issues.map((issue) => templateIssueText(issue, t));
  if (parsed.ok && tooLong)
    messages.push(t('templateTooLong', { tokens: tooLong.templateTokens, max: tooLong.maxLength }));
  const invalid = messages.length > 0;
  return (
    <section className="panel template-panel">
      <div className="panel-heading-row">
        <h2>{t('templateHeading')}</h2>
        <TemplatePresets />
      </div>
      <p className="help" id="template-help">
        {t('templateHelp')}
      </p>
      <textarea
        aria-label="Template"
        aria-invalid={invalid}
        aria-describedby="template-help template-messages"
        className="template-input"
        rows={2}
        spellCheck={false}
        value={template}
        onChange={(e) => setTemplate(e.target.value)}
      />
      <ul id="template-messages" className="messages" aria-live="polite">
        {messages.map((m) => (
          <li key={m} className="error">
            {m}
          </li>
        ))}
        {!invalid && rowsWithoutTextB > 0 && (
          <li className="hint">
            {t('templateTextBMissing', { count: rowsWithoutTextB, total: examples.length })}
          </li>
        )}
        {!invalid && <UnknownTokensNote part="template" />}
      </ul>
    </section>
  );
}
