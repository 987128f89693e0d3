/** Classes and their label words, with how the tokenizer splits each word. */
import { labelWordsOf, type VerbalizerIssue } from '../core/verbalizer';
import { useTranslation } from './useTranslation';
import { selectVerbalizerIssues } from '../state/selectors';
import { useAppStore } from '../state/store';
import { LabelWordChips } from './LabelWordChips';

export function VerbalizerEditor() {
  const t = useTranslation();
  const classes = useAppStore((s) => s.classes);
  const issues = useAppStore(selectVerbalizerIssues);
  const renameClass = useAppStore((s) => s.renameClass);
  const setLabelWords = useAppStore((s) => s.setLabelWords);
  const addClass = useAppStore((s) => s.addClass);
  const removeClass = useAppStore((s) => s.removeClass);

  const classIssues = (id: string) => issues.filter((i) => 'classId' in i && i.classId === id);
  const globalIssues = issues.filter((i) => !('classId' in i));
  return (
    <section className="panel verbalizer-panel">
      <h2>{t('verbalizerHeading')}</h2>
      <p className="help">{t('verbalizerHelp')}</p>
      <ul className="classes">
        {classes.map((cls, index) => (
          <li key={cls.id} className="class-row">
            <input
              aria-label={`${t('className')} ${index + 1}`}
              className="class-name"
              value={cls.name}
              onChange={(e) => renameClass(cls.id, e.target.value)}
            />
            <input
              aria-label={`Label words: ${cls.name}`}
              className="label-words"
              placeholder={t('labelWordsHint')}
              value={cls.labelWords}
              onChange={(e) => setLabelWords(cls.id, e.target.value)}
            />
            <button
              type="button"
              className="remove"
              aria-label={t('removeClass', { name: cls.name })}
              onClick={() => removeClass(cls.id)}
            >
              ×
            </button>
            <LabelWordChips words={labelWordsOf(cls)} />
            <IssueList issues={classIssues(cls.id)} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={addClass}>
        {t('addClass')}
      </button>
      <ModelAwareHints />
      <IssueList issues={globalIssues} />
    </section>
  );
}

/** Tokenizer facts that change how label words should be written: spaces (BPE) and case. */
function ModelAwareHints() {
  const t = useTranslation();
  const spaceSensitive = useAppStore((s) => s.model.active?.spaceSensitive ?? false);
  const cased = useAppStore((s) => s.model.active?.cased ?? false);
  const afterSpace = useAppStore((s) => s.labelWordsAfterSpace);
  const setAfterSpace = useAppStore((s) => s.setLabelWordsAfterSpace);
  const lowerCaseWords = useAppStore((s) =>
    s.classes.some((c) => labelWordsOf(c).some((w) => /^[a-z]/.test(w))),
  );
  return (
    <>
      {spaceSensitive && (
        <div className="hint">
          <label>
            <input
              type="checkbox"
              role="switch"
              aria-checked={afterSpace}
              checked={afterSpace}
              onChange={(e) => setAfterSpace(e.target.checked)}
            />{' '}
            {t('afterSpace')}
          </label>
          <p className="help">{t('afterSpaceHelp')}</p>
        </div>
      )}
      {cased && lowerCaseWords && <p className="help hint">{t('casedHint')}</p>}
    </>
  );
}

function IssueList({ issues }: { issues: VerbalizerIssue[] }) {
  const t = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul className="messages" aria-live="polite">
      {issues.map((issue, i) => (
        <li key={i} className="error">
          {issueText(issue, t)}
        </li>
      ))}
    </ul>
  );
}

function issueText(issue: VerbalizerIssue, t: ReturnType<typeof useTranslation>): string {
  switch (issue.code) {
    case 'tooFewClasses':
      return t('tooFewClasses');
    case 'emptyClassName':
      return t('emptyClassName');
    case 'duplicateClassName':
      return t('duplicateClassName', { name: issue.name });
    case 'noLabelWords':
      return t('noLabelWords');
    case 'emptyLabelWord':
      return t('emptyLabelWord');
    case 'duplicateLabelWord':
      return t('duplicateLabelWord', { word: issue.word });
  }
}
