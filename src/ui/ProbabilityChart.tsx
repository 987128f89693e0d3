/**
 * A stacked bar per example showing its class probabilities, for a readable number of examples
 * at a time (a page in list order, or the least/most confident ones). It redraws once the results
 * have settled, so the table answers each keystroke first and the chart follows a moment later.
 */
import { memo, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chooseChartRows, type ChartRowOrder } from '../core/chartRows';
import { classColour } from '../core/classColours';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from './useTranslation';
import { selectResultsOutdated, selectShownProbabilities } from '../state/selectors';
import { useAppStore, type PredictionState } from '../state/store';
import { useSettledValue } from './useSettledValue';
import { ExportMenu } from './ExportMenu';
import { downloadChartPng } from './rechartsPng';

const CHART_SETTLE_MS = 120;
/** Bars a person can still read and compare at once. */
const CHART_ROWS = 20;
// Accessible names stay English in every UI language.
const CHART_NAME = 'Class probabilities per example';

const ORDERS: Array<{ value: ChartRowOrder; label: MessageKey }> = [
  { value: 'list', label: 'chartOrderList' },
  { value: 'leastConfident', label: 'chartOrderLeast' },
  { value: 'mostConfident', label: 'chartOrderMost' },
];

export function ProbabilityChart() {
  const t = useTranslation();
  const prediction = useSettledValue(
    useAppStore((s) => s.prediction),
    CHART_SETTLE_MS,
  );
  // Calibrated as the Calibration select says, like the table.
  const probs = useSettledValue(
    useAppStore((s) => selectShownProbabilities(s).probs),
    CHART_SETTLE_MS,
  );
  const outdated = useAppStore(selectResultsOutdated);
  const [order, setOrder] = useState<ChartRowOrder>('list');
  const [page, setPage] = useState(0);
  const figure = useRef<HTMLElement>(null);
  const { result, examples } = prediction;
  if (!result) return null;
  const choice = chooseChartRows(probs, order, CHART_ROWS, page);
  const total = examples.length;
  const first = (choice.indices[0] ?? 0) + 1;
  const shown =
    order === 'list'
      ? t('chartShowingList', { from: first, to: first + choice.indices.length - 1, total })
      : t(order === 'leastConfident' ? 'chartShowingLeast' : 'chartShowingMost', {
          count: choice.indices.length,
          total,
        });
  return (
    <figure
      className={outdated ? 'panel chart stale' : 'panel chart'}
      aria-label={CHART_NAME}
      ref={figure}
    >
      <ExportMenu
        panel="class probabilities"
        items={[
          {
            name: 'Download class probabilities (PNG)',
            label: t('exportChartPng'),
            onSelect: () =>
              downloadChartPng(
                figure.current,
                `${t('chartHeading')} — ${shown}`,
                'class-probabilities.png',
              ),
          },
        ]}
      />
      <figcaption>{t('chartHeading')}</figcaption>
      <div className="picker-row chart-controls">
        <label>
          <span aria-hidden="true">{t('chartRows')}</span>{' '}
          <select
            aria-label="Chart rows"
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as ChartRowOrder);
              setPage(0);
            }}
          >
            {ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </label>
        {order === 'list' && choice.pageCount > 1 && (
          <>
            <button
              type="button"
              aria-label="Previous rows"
              disabled={choice.page === 0}
              onClick={() => setPage(choice.page - 1)}
            >
              {t('chartPrevious')}
            </button>
            <button
              type="button"
              aria-label="Next rows"
              disabled={choice.page >= choice.pageCount - 1}
              onClick={() => setPage(choice.page + 1)}
            >
              {t('chartNext')}
            </button>
          </>
        )}
      </div>
      <p className="help chart-shown">{shown}</p>
      <ChartBody prediction={prediction} probs={probs} indices={choice.indices} />
    </figure>
  );
}

// Memoised so renders of the parent with the old settled value skip the chart entirely.
const ChartBody = memo(
  function ChartBody({
    prediction,
    probs,
    indices,
  }: {
    prediction: PredictionState;
    probs: number[][];
    indices: number[];
  }) {
    const { result, examples, classNames } = prediction;
    if (!result) return null;
    const data = indices.map((i) => {
      const row: Record<string, string | number> = {
        label: `${i + 1}. ${shorten(examples[i]?.text ?? '')}`,
      };
      classNames.forEach((name, c) => (row[name] = Number((probs[i]?.[c] ?? 0).toFixed(3))));
      return row;
    });
    return (
      <ResponsiveContainer width="100%" height={Math.max(160, 28 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} title={CHART_NAME}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} />
          <YAxis type="category" dataKey="label" width={240} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {classNames.map((name, c) => (
            <Bar
              key={`${c}:${name}`}
              dataKey={name}
              stackId="p"
              fill={classColour(c)}
              // A white edge between segments: neighbouring classes stay apart by shape too.
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    );
  },
  (before, after) =>
    before.prediction === after.prediction &&
    before.probs === after.probs &&
    before.indices.join() === after.indices.join(),
);

function shorten(text: string): string {
  return text.length > 26 ? `${text.slice(0, 25)}…` : text;
}
