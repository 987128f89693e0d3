/** One row per example: text, predicted class, each class's probability, and the gold label. */
import { argmax } from '../core/softmax';
import { useTranslation } from './useTranslation';
import { selectResultsOutdated, selectSelectedIndex } from '../state/selectors';
import { useAppStore } from '../state/store';

export function PredictionsTable() {
  const t = useTranslation();
  const prediction = useAppStore((s) => s.prediction);
  const selected = useAppStore(selectSelectedIndex);
  const outdated = useAppStore(selectResultsOutdated);
  const selectExample = useAppStore((s) => s.selectExample);
  const { result, examples, classNames } = prediction;
  if (!result) return <p className="help">{t('waitingForModel')}</p>;
  const hasGold = examples.some((e) => e.gold !== null);
  return (
    <table
      aria-label="Predictions"
      aria-busy={outdated}
      className={outdated ? 'predictions stale' : 'predictions'}
    >
      <thead>
        <tr>
          <th scope="col" aria-label="Text">
            {t('colText')}
          </th>
          <th scope="col" aria-label="Predicted">
            {t('colPredicted')}
          </th>
          {classNames.map((name) => (
            <th scope="col" key={name} className="num">
              {name}
            </th>
          ))}
          {hasGold && (
            <th scope="col" aria-label="Gold">
              {t('colGold')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {examples.map((example, i) => {
          const probs = result.examples[i]?.probs ?? [];
          const predicted = classNames[argmax(probs)] ?? '';
          const wrong = example.gold !== null && example.gold !== predicted;
          return (
            <tr
              key={`${i}:${example.text}`}
              aria-current={i === selected ? 'true' : undefined}
              className={wrong ? 'wrong' : undefined}
            >
              <td>
                <button type="button" className="row-select" onClick={() => selectExample(i)}>
                  {example.text}
                </button>
              </td>
              <td>{predicted}</td>
              {classNames.map((name, c) => (
                <td key={name} className="num">
                  {(probs[c] ?? 0).toFixed(3)}
                </td>
              ))}
              {hasGold && <td>{example.gold ?? ''}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
