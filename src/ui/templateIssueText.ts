/** Turns template issues into sentences in the current language. */
import type { TemplateIssue } from '../core/template';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** One readable sentence per template issue. */
export function templateIssueText(issue: TemplateIssue, t: T): string {
  switch (issue.code) {
    case 'empty':
      return t('templateEmpty');
    case 'noMask':
      return t('templateNoMask');
    case 'multipleMasks':
      return t('templateMultipleMasks', { count: issue.count });
    case 'noText':
      return t('templateNoText');
    case 'multipleTexts':
      return t('templateMultipleTexts', { count: issue.count });
    case 'multipleTextsB':
      return t('templateMultipleTextsB', { count: issue.count });
    case 'unknownPlaceholder':
      return t('templateUnknownPlaceholder', { name: issue.name });
  }
}
