/**
 * "Suggest templates": a task filter, the button, progress with Cancel, and the table "Template
 * suggestions" (template, accuracy, calibrated accuracy, task; best first) whose rows adopt a
 * template in one click. Accessible names stay English in both languages.
 */
import { formatMetric } from '../core/evaluation/format';
import { TEMPLATE_TASKS } from '../core/search/templateLibrary';
import type { TaskFilter } from '../core/search/templateRanking';
import { useAppStore } from '../state/store';
import {
  adoptTemplate,
  cancelTemplateSearch,
  searchBasis,
  searchInputs,
  setTemplateTask,
  suggestTemplates,
  templateSearchBlocker,
  useTemplateSearch,
  type TemplateSearchOutcome,
} from '../state/templateSearch';
import { selectSearchRows } from '../state/selectors';
import { useTranslation } from './useTranslation';

type T = ReturnType<typeof useTranslation>;

function outcomeText(outcome: TemplateSearchOutcome, t: T): string {
  switch (outcome.kind) {
    case 'done':
      return t('templateSearchDone', {
        count: outcome.templates,
        rows: outcome.rows,
        seconds: (outcome.ms / 1000).toFixed(1),
      });
    case 'cancelled':
      return t('templateSearchCancelled', { done: outcome.done, total: outcome.total });
    case 'overtaken':
      return t('templateSearchOvertaken', { done: outcome.done, total: outcome.total });
    case 'failed':
      return t('templateSearchFailed', { message: outcome.message });
  }
}

/** The template search, inside the "Search and explain" panel. */
export function TemplateSuggestions() {
  const t = useTranslation();
  const search = useTemplateSearch();
  const blocker = useAppStore((s) => templateSearchBlocker(s, search.task));
  const inputs = useAppStore((s) => searchInputs(s, search.task));
  const source = useAppStore((s) => selectSearchRows(s).source);
  const calibration = useAppStore((s) => s.calibration);
  const outdated = useAppStore(
    (s) => search.basis !== null && !search.running && searchBasis(s) !== search.basis,
  );
  const language = inputs.candidates[0]?.language ?? 'en';
  const pairs = inputs.candidates.some((c) => c.task === 'pair');

  return (
    <section className="template-suggestions" aria-labelledby="template-suggestions-heading">
      <h3 id="template-suggestions-heading">{t('templateSuggestionsHeading')}</h3>
      <p className="help">
        {t('templateSuggestionsIntro', {
          language: t(`templateLanguage_${language}`),
          pairs: pairs ? t('templateSuggestionsPairs') : '',
        })}
      </p>
      <div className="picker-row">
        <label>
          {t('templateTaskFilter')}{' '}
          <select
            aria-label="Template task"
            value={search.task}
            disabled={search.running}
            onChange={(e) => setTemplateTask(e.target.value as TaskFilter)}
          >
            <option value="all">{t('templateTaskAll')}</option>
            {TEMPLATE_TASKS.map((task) => (
              <option key={task} value={task}>
                {t(`templateTask_${task}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label="Suggest templates"
          disabled={search.running || blocker !== null}
          onClick={() => void suggestTemplates()}
        >
          {t('suggestTemplates')}
        </button>
      </div>
      {blocker && !search.running && (
        <p className="help" role="status">
          {t(
            blocker === 'noModel'
              ? 'templateSearchNoModel'
              : blocker === 'noRows'
                ? 'templateSearchNoRows'
                : blocker === 'badVerbalizer'
                  ? 'templateSearchBadVerbalizer'
                  : 'templateSearchNoTemplates',
          )}
        </p>
      )}
      {search.running && (
        <p className="picker-row">
          <progress aria-label="Template search progress" value={search.done} max={search.total} />
          <span>{t('templateSearchProgress', { done: search.done + 1, total: search.total })}</span>
          <button type="button" aria-label="Cancel template search" onClick={cancelTemplateSearch}>
            {t('cancelTemplateSearch')}
          </button>
        </p>
      )}
      <p className="help" aria-live="polite">
        {search.outcome && outcomeText(search.outcome, t)}
      </p>
      {outdated && <p className="help warning">{t('templateSearchOutdated')}</p>}
      {search.results.length > 0 && (
        <>
          <p className="help">{t(`templateSearchRows_${source}`, { rows: inputs.rows.length })}</p>
          <table
            aria-label="Template suggestions"
            className={`predictions compact${outdated ? ' outdated' : ''}`}
          >
            <thead>
              <tr>
                <th scope="col" aria-label="Template">
                  {t('colTemplate')}
                </th>
                <th scope="col" aria-label="Accuracy">
                  {t('accuracyMetric')}
                </th>
                <th scope="col" aria-label={`Calibrated accuracy (${calibration})`}>
                  {t('colCalibratedAccuracy', { mode: t(`calibrationMode_${calibration}`) })}
                </th>
                <th scope="col" aria-label="Task">
                  {t('colTask')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {search.results.map((result, i) => (
                <tr key={result.template}>
                  <th scope="row" className="template-cell">
                    {result.template}
                  </th>
                  <td className="number">{formatMetric(result.accuracy)}</td>
                  <td className="number">{formatMetric(result.calibratedAccuracy)}</td>
                  <td>{t(`templateTask_${result.task}`)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Use template ${i + 1}`}
                      onClick={() => adoptTemplate(result.template)}
                    >
                      {t('useTemplate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
