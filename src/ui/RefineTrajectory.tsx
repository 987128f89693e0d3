/**
 * The trajectory of a template refinement: the start and each accepted edit with its training
 * accuracy, then the plain warning that those rows are no fair test, beside the figures on rows
 * the search did not see (or on all evaluation rows, said so).
 */
import { formatMetric } from '../core/evaluation/format';
import type { RefineResult } from '../state/templateRefine';
import { useTranslation } from './useTranslation';

export function RefineTrajectory({ result }: { result: RefineResult }) {
  const t = useTranslation();
  const { steps, check } = result;
  return (
    <>
      <div className="sideways">
        <table className="predictions compact refine-trajectory" aria-label="Refinement trajectory">
          <caption>{t('refineTrajectory', { count: result.trainRows })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('refineColStep')}</th>
              <th scope="col">{t('refineColEdit')}</th>
              <th scope="col">{t('refineColTemplate')}</th>
              <th scope="col">{t('refineColAccuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, i) => (
              <tr key={step.template}>
                <td className="number">{i}</td>
                <td>{step.edit ? `${step.edit.from} → ${step.edit.to}` : t('refineStart')}</td>
                <td className="template-cell">
                  <code>{step.template}</code>
                </td>
                <td className="number">{formatMetric(step.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="notice" aria-label="Refinement warning">
        {t('refineWarning', { count: result.trainRows })}
      </p>
      {check && (
        <p aria-label="Refinement check">
          {t(check.rows === 'heldOut' ? 'refineCheckHeldOut' : 'refineCheckAll', {
            count: check.count,
            start: formatMetric(check.start),
            refined: formatMetric(check.refined),
          })}
        </p>
      )}
    </>
  );
}
