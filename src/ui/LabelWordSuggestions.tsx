/**
 * "Suggest label words" (issue #12): the button, the search's progress with Cancel, the table
 * "Label word suggestions" (Class, Word, Score: every candidate), the best assignments with their
 * leave-one-out accuracy, and "Use suggested words". Accessible names stay English.
 */
import { formatMetric } from '../core/evaluation/format';
import type { MessageKey } from '../i18n/messages';
import {
  LABEL_WORD_CANDIDATES,
  adoptSuggestedWords,
  cancelLabelWordSearch,
  selectLabelWordPlan,
  suggestLabelWords,
  suggestionsOutdated,
  useLabelWordSearch,
  type LabelWordBlocker,
} from '../state/labelWordSearch';
import type { LabelWordSuggestions as Suggestions } from '../runtime/protocol';
import { useAppStore } from '../state/store';
import { useTranslation } from './useTranslation';

type Translate = ReturnType<typeof useTranslation>;

const BLOCKER_TEXT: Record<LabelWordBlocker['code'], MessageKey> = {
  noModel: 'labelWordsNoModel',
  invalidTemplate: 'labelWordsInvalidTemplate',
  classNames: 'labelWordsClassNames',
  noLabelledRows: 'labelWordsNoRows',
  tooFewClassesWithRows: 'labelWordsTooFewClasses',
  classWithoutRows: 'labelWordsClassWithoutRows',
};

export function LabelWordSuggestions() {
  const t = useTranslation();
  const plan = useAppStore(selectLabelWordPlan);
  const { running, result, error, cancelled } = useLabelWordSearch();
  const outdated = suggestionsOutdated(result, plan);
  const best = result?.suggestions.assignments[0];
  return (
    <section className="label-word-search" aria-labelledby="label-words-heading">
      <h3 id="label-words-heading">{t('labelWordsHeading')}</h3>
      <p className="hint">{t('labelWordsIntro')}</p>
      {!plan.ok && (
        <p className="hint">
          {t(BLOCKER_TEXT[plan.blocker.code], {
            classes:
              plan.blocker.code === 'classWithoutRows' ? plan.blocker.classNames.join(', ') : '',
          })}
        </p>
      )}
      <div className="picker-row">
        <button
          type="button"
          aria-label="Suggest label words"
          disabled={!plan.ok || running !== null}
          onClick={() => void suggestLabelWords()}
        >
          {t('suggestLabelWords')}
        </button>
        {result && (
          <button
            type="button"
            aria-label="Use suggested words"
            disabled={outdated || !best || running !== null}
            onClick={adoptSuggestedWords}
          >
            {t('useSuggestedWords')}
          </button>
        )}
      </div>
      {running && (
        <p role="status" className="label-word-progress">
          <progress aria-label="Label word search progress" /> {t('labelWordsSearching')}{' '}
          <button
            type="button"
            aria-label="Cancel label word search"
            onClick={cancelLabelWordSearch}
          >
            {t('cancelLabelWords')}
          </button>
        </p>
      )}
      {cancelled && !running && <p className="hint">{t('labelWordsCancelled')}</p>}
      {error && (
        <p className="notice error" role="alert">
          {t('labelWordsFailed', { detail: 'message' in error ? error.message : error.code })}
        </p>
      )}
      {result && (
        <div className={outdated ? 'stale' : undefined} aria-busy={running !== null}>
          {outdated && <p className="notice">{t('labelWordsOutdated')}</p>}
          <p className="hint">
            {t('labelWordsStats', {
              rows: result.suggestions.rows,
              source: t(
                result.source === 'trainingSample'
                  ? 'labelWordsSourceSample'
                  : 'labelWordsSourceAll',
              ),
              ms: Math.round(result.suggestions.workerMs),
              runs: result.suggestions.modelRuns,
            })}
          </p>
          <Assignments suggestions={result.suggestions} t={t} />
          <Candidates suggestions={result.suggestions} t={t} />
        </div>
      )}
    </section>
  );
}

/** The best assignments, best first, with their leave-one-out accuracy and mean margin. */
function Assignments({ suggestions, t }: { suggestions: Suggestions; t: Translate }) {
  if (suggestions.assignments.length === 0)
    return <p className="hint">{t('labelWordsNoAssignment')}</p>;
  return (
    <>
      <table className="label-word-assignments" aria-label="Label word assignments">
        <caption>{t('labelWordsAssignmentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('labelWordsColRank')}</th>
            <th scope="col" aria-label="Words">
              {t('labelWordsColWords')}
            </th>
            <th scope="col" className="num" aria-label="Accuracy">
              {t('labelWordsColAccuracy')}
            </th>
            <th scope="col" className="num" aria-label="Mean margin">
              {t('labelWordsColMargin')}
            </th>
          </tr>
        </thead>
        <tbody>
          {suggestions.assignments.map((a, i) => (
            <tr key={a.tokenIds.join(',')}>
              <td>{i + 1}</td>
              <td>
                {a.words.map((w, c) => `${suggestions.classNames[c] ?? ''}: ${w}`).join('; ')}
              </td>
              <td className="num">{formatMetric(a.accuracy)}</td>
              <td className="num">{formatMetric(a.meanMargin)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('labelWordsNotFair')}</p>
    </>
  );
}

/** Every candidate: one row per class and word, in a scrolling box. */
function Candidates({ suggestions, t }: { suggestions: Suggestions; t: Translate }) {
  return (
    // A scrolling box takes focus so keyboard users can scroll it (axe: scrollable-region-focusable).
    <div
      className="table-scroll label-word-candidates"
      role="region"
      aria-label="Label word candidates"
      tabIndex={0}
    >
      <table aria-label="Label word suggestions">
        <caption>{t('labelWordsCandidatesCaption', { k: LABEL_WORD_CANDIDATES })}</caption>
        <thead>
          <tr>
            <th scope="col" aria-label="Class">
              {t('labelWordsColClass')}
            </th>
            <th scope="col" aria-label="Word">
              {t('labelWordsColWord')}
            </th>
            <th scope="col" className="num" aria-label="Score">
              {t('labelWordsColScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {suggestions.candidates.flatMap((words, c) =>
            words.map((w) => (
              <tr key={`${c}:${w.tokenId}`}>
                <td>{suggestions.classNames[c]}</td>
                <td>{w.word}</td>
                <td className="num">{w.score.toFixed(3)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
