/**
 * Says, next to the template or the examples, when the model answering reads most of them as
 * [UNK] (text in a language its vocabulary does not cover), so the predictions mean nothing.
 */
import { mostlyUnknown } from '../core/unknownTokens';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

export function UnknownTokensNote({ part }: { part: 'template' | 'examples' }) {
  const t = useTranslation();
  const unknown = useAppStore((s) => s.prediction.result?.unknown ?? null);
  const model = useAppStore((s) => s.model.active?.model ?? '');
  if (!unknown) return null;
  const suggestion = t('unknownSuggestion');
  if (part === 'template') {
    if (!mostlyUnknown(unknown.template)) return null;
    return (
      <li className="warning unknown-tokens">
        {t('templateMostlyUnknown', { model, ...unknown.template, suggestion })}
      </li>
    );
  }
  if (unknown.mostlyUnknownRows === 0) return null;
  return (
    <li className="warning unknown-tokens">
      {t('examplesMostlyUnknown', {
        model,
        count: unknown.mostlyUnknownRows,
        total: unknown.rows,
        suggestion,
      })}
    </li>
  );
}
