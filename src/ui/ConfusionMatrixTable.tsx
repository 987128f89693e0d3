/** The confusion matrix as a table (rows gold, columns predicted) shaded as a heat map. */
import { heatColours, rowShare } from '../core/evaluation/heatColour';
import { useTranslation } from './useTranslation';

/** Props: the counts by [gold][predicted], and the class names in index order. */
export interface ConfusionMatrixTableProps {
  confusion: number[][];
  classNames: string[];
}

/** A table "Confusion matrix" whose cells show counts on their row-share shade. */
export function ConfusionMatrixTable({ confusion, classNames }: ConfusionMatrixTableProps) {
  const t = useTranslation();
  const low = heatColours(0).background;
  const high = heatColours(1).background;
  return (
    <table aria-label="Confusion matrix" className="predictions compact confusion-matrix">
      <caption>
        {t('confusionCaption')}{' '}
        <span className="heat-legend">
          {t('confusionLegend', { low: '0%', high: '100%' })}{' '}
          <span
            className="heat-legend-bar"
            aria-hidden="true"
            style={{ background: `linear-gradient(to right, ${low}, ${high})` }}
          />
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            {t('confusionGold')} ╲ {t('confusionPredicted')}
          </th>
          {classNames.map((name, c) => (
            <th key={c} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {confusion.map((row, g) => {
          const total = row.reduce((a, b) => a + b, 0);
          return (
            <tr key={g}>
              <th scope="row">{classNames[g] ?? String(g)}</th>
              {row.map((count, p) => {
                const { background, text } = heatColours(rowShare(count, total));
                return (
                  <td key={p} className="number" style={{ background, color: text }}>
                    {count}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
