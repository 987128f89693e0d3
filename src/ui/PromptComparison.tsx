/**
 * The table "Prompt comparison": each compared prompt's template, label words, calibration,
 * accuracy, macro-F1 and difference to the current prompt; sortable; the best row marked; a bar
 * chart beside it, downloadable as PNG. Presentational: entries and actions come in through props.
 */
import { lazy, Suspense, useState } from 'react';
import {
  bestEntryId,
  differenceTo,
  labelWordsText,
  rankEntries,
  type ComparisonEntry,
  type ComparisonKey,
  type SortDirection,
} from '../core/evaluation/comparison';
import { formatDifference, formatMetric } from '../core/evaluation/format';
import type { ComparisonBar } from './comparisonChartPng';
import { drawComparisonChart, layoutComparisonChart } from './comparisonChartPng';
import { tableCsv } from '../core/export/tableCsv';
import { comparisonTable } from '../core/export/tables';
import { downloadCsv } from './downloadCsv';
import { downloadCanvasPng, measuringContext, sizedCanvas } from './downloadPng';
import { ExportMenu } from './ExportMenu';
import { useTranslation } from './useTranslation';

// recharts is a large module: the chart loads on first render, after the table.
const ComparisonChart = lazy(() =>
  import('./ComparisonChart').then((m) => ({ default: m.ComparisonChart })),
);

/** Props: the compared prompts (in the order added), the current figures, and the row actions. */
export interface PromptComparisonProps {
  entries: ComparisonEntry[];
  current: { accuracy: number | null; macroF1: number | null };
  onAdopt(id: string): void;
  onRemove(id: string): void;
}

const COLUMN_NAME: Record<ComparisonKey, string> = { accuracy: 'Accuracy', macroF1: 'Macro-F1' };

/** The comparison table with its chart. */
export function PromptComparison({ entries, current, onAdopt, onRemove }: PromptComparisonProps) {
  const t = useTranslation();
  const [sort, setSort] = useState<{ key: ComparisonKey; direction: SortDirection } | null>(null);
  const best = bestEntryId(entries);
  // An entry keeps its number (its place in the order added) however the table is sorted.
  const number = new Map(entries.map((e, i) => [e.id, i + 1]));
  const shown = sort ? rankEntries(entries, sort.key, sort.direction) : entries;
  const bars: ComparisonBar[] = entries.map((e, i) => ({
    label: `#${i + 1} ${shorten(e.template)}`,
    accuracy: e.accuracy,
    best: e.id === best,
  }));

  const sortBy = (key: ComparisonKey) =>
    setSort((s) => ({
      key,
      // Best first on the first click; each further click flips the direction.
      direction: s?.key === key && s.direction === 'descending' ? 'ascending' : 'descending',
    }));
  const header = (key: ComparisonKey, text: string) => (
    <th scope="col" aria-sort={sort?.key === key ? sort.direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        aria-label={COLUMN_NAME[key]}
        title={t('comparisonSortBy', { column: text })}
        onClick={() => sortBy(key)}
      >
        {text}
        <span aria-hidden="true">
          {sort?.key === key ? (sort.direction === 'descending' ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );

  const downloadChart = () => {
    const picture = { bars, title: t('comparisonChartCaption') };
    const measure = measuringContext();
    if (!measure) return;
    const layout = layoutComparisonChart(measure, picture);
    const sized = sizedCanvas(layout.width, layout.height);
    if (!sized) return;
    drawComparisonChart(sized.ctx, picture, layout);
    downloadCanvasPng(sized.canvas, 'prompt-comparison.png');
  };

  const downloadTable = () => {
    const header = [
      t('colNumber'),
      t('colTemplate'),
      t('colLabelWords'),
      t('colCalibration'),
      t('accuracyMetric'),
      t('metricMacroF1'),
      t('colDifference'),
    ];
    const table = comparisonTable(entries, current, header, (mode) => t(`calibrationMode_${mode}`));
    downloadCsv(tableCsv(table), 'prompt-comparison.csv');
  };

  if (entries.length === 0) return <p className="help">{t('comparisonEmpty')}</p>;
  return (
    <div className="prompt-comparison">
      <ExportMenu
        panel="prompt comparison"
        items={[
          {
            name: 'Download comparison chart (PNG)',
            label: t('downloadComparisonPng'),
            onSelect: downloadChart,
          },
          {
            name: 'Download prompt comparison (CSV)',
            label: t('exportComparisonCsv'),
            onSelect: downloadTable,
          },
        ]}
      />
      <table aria-label="Prompt comparison" className="predictions compact">
        <thead>
          <tr>
            <th scope="col">{t('colNumber')}</th>
            <th scope="col">{t('colTemplate')}</th>
            <th scope="col">{t('colLabelWords')}</th>
            <th scope="col">{t('colCalibration')}</th>
            {header('accuracy', t('accuracyMetric'))}
            {header('macroF1', t('metricMacroF1'))}
            <th scope="col">{t('colDifference')}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => {
            const n = number.get(entry.id) ?? 0;
            const isBest = entry.id === best;
            return (
              <tr key={entry.id} className={isBest ? 'best-entry' : undefined}>
                <th scope="row">
                  {n}
                  {isBest && (
                    <span className="best-badge">
                      <span aria-hidden="true"> ★</span> {t('comparisonBest')}
                    </span>
                  )}
                </th>
                <td className="template-cell">{entry.template}</td>
                <td>{labelWordsText(entry.classes)}</td>
                <td>{t(`calibrationMode_${entry.calibration}`)}</td>
                <td className="number">{formatMetric(entry.accuracy)}</td>
                <td className="number">{formatMetric(entry.macroF1)}</td>
                <td className="number">{formatDifference(differenceTo(entry, current))}</td>
                <td>
                  <span className="picker-row">
                    <button
                      type="button"
                      aria-label={`Use prompt ${n}`}
                      onClick={() => onAdopt(entry.id)}
                    >
                      {t('usePrompt')}
                    </button>
                    <button
                      type="button"
                      aria-label={`Remove prompt ${n}`}
                      onClick={() => onRemove(entry.id)}
                    >
                      {t('removePrompt')}
                    </button>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figure className="chart" aria-label="Prompt comparison chart">
        <Suspense fallback={null}>
          <ComparisonChart bars={bars} />
        </Suspense>
        <figcaption>{t('comparisonChartCaption')}</figcaption>
      </figure>
    </div>
  );
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
