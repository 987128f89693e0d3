/** Precision, recall, F1 and support of each class, 3 decimals ("—" where undefined). */
import type { ClassMetrics } from '../core/evaluation/metrics';
import { formatMetric } from '../core/evaluation/format';
import { useTranslation } from './useTranslation';

/** Props: per-class figures in class order, names, and optional swatch colours. */
export interface PerClassMetricsTableProps {
  perClass: ClassMetrics[];
  classNames: string[];
  classColours?: string[];
}

/** A table "Per-class metrics". */
export function PerClassMetricsTable({
  perClass,
  classNames,
  classColours,
}: PerClassMetricsTableProps) {
  const t = useTranslation();
  return (
    <table aria-label="Per-class metrics" className="predictions compact">
      <caption>{t('perClassCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colClass')}</th>
          <th scope="col">{t('colPrecision')}</th>
          <th scope="col">{t('colRecall')}</th>
          <th scope="col">{t('colF1')}</th>
          <th scope="col">{t('colSupport')}</th>
        </tr>
      </thead>
      <tbody>
        {perClass.map((m, c) => (
          <tr key={c}>
            <th scope="row">
              {classColours?.[c] && (
                <span
                  className="swatch"
                  aria-hidden="true"
                  style={{ background: classColours[c] }}
                />
              )}
              {classNames[c] ?? String(c)}
            </th>
            <td className="number">{formatMetric(m.precision)}</td>
            <td className="number">{formatMetric(m.recall)}</td>
            <td className="number">{formatMetric(m.f1)}</td>
            <td className="number">{m.support}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
