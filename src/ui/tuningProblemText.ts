/** Turns a tuning problem into a sentence in the current language; every code has its message. */
import type { TuningState } from '../state/store';
import type { useTranslation } from './useTranslation';

type T = ReturnType<typeof useTranslation>;

/** One readable sentence for the problem on screen. */
export function tuningProblemText(
  problem: NonNullable<TuningState['problem']>,
  shots: number,
  t: T,
): string {
  switch (problem.code) {
    case 'tooFewExamples':
      return t('problem_tooFewExamples', {
        className: problem.className,
        available: problem.available,
        needed: problem.needed,
        k: shots,
      });
    case 'importMismatch':
      return t('problem_importMismatch', {
        detail: t(`import${capitalise(problem.reason)}`, {
          model: problem.model,
          dtype: problem.dtype,
        }),
      });
    case 'diverged':
      return t('problem_diverged', { detail: problem.detail });
    default:
      return t(`problem_${problem.code}` as const);
  }
}

function capitalise<S extends string>(text: S): Capitalize<S> {
  return (text.charAt(0).toUpperCase() + text.slice(1)) as Capitalize<S>;
}
