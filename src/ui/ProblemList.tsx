/** A list of skipped rows, each with its line number and why, in the UI language. */
import type { RowProblem } from '../core/dataset';
import { useTranslation } from './useTranslation';

/** Lines listed at most; the rest are counted. */
const SHOWN = 100;

export function ProblemList({ problems, name }: { problems: RowProblem[]; name: string }) {
  const t = useTranslation();
  return (
    <details className="problem-list" open={problems.length <= 10}>
      <summary>{t('skippedRows', { count: problems.length })}</summary>
      <ul aria-label={name}>
        {problems.slice(0, SHOWN).map((p, k) => (
          <li key={`${p.line}:${k}`}>
            {t('skippedRow', { line: p.line, reason: t(`rowProblem_${p.code}`), detail: p.detail })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="help">{t('skippedMore', { count: problems.length - SHOWN })}</p>
      )}
    </details>
  );
}
