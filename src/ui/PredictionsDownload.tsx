/**
 * The Predictions table's "Export" menu: "Download predictions (CSV)", every row with its gold
 * label, prediction and probabilities (full precision, for analysis).
 */
import { predictionsCsv } from '../core/evaluation/exportCsv';
import { selectPredictionClasses, selectShownProbabilities } from '../state/selectors';
import { useAppStore } from '../state/store';
import { downloadCsv } from './downloadCsv';
import { ExportMenu } from './ExportMenu';
import { useTranslation } from './useTranslation';

export function PredictionsDownload() {
  const t = useTranslation();
  const download = () => {
    // Read at the click, not subscribed: the button never needs to redraw as rows fill in.
    const state = useAppStore.getState();
    const { examples, classNames } = state.prediction;
    const probs = selectShownProbabilities(state).probs;
    const { predicted } = selectPredictionClasses(state);
    const rows = examples.map((e, i) => ({
      text: e.text,
      gold: e.gold,
      predicted: classNames[predicted[i] ?? -1] ?? '',
      probs: probs[i] ?? [],
    }));
    downloadCsv(predictionsCsv(rows, classNames), 'predictions.csv');
  };
  return (
    <ExportMenu
      panel="predictions"
      items={[
        {
          name: 'Download predictions (CSV)',
          label: t('downloadPredictionsCsv'),
          onSelect: download,
        },
      ]}
    />
  );
}
