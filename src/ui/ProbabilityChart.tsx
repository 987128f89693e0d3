/**
 * A stacked bar per example showing its class probabilities, for a readable number of examples
 * at a time (a page in list order, or the least/most confident ones). It redraws once the results
 * have settled, so the table answers each keystroke first and the chart follows a moment later.
 * This frame renders at once; the bars (recharts) come as their own chunk into kept space.
 */
import { Suspense, useRef, useState } from 'react';
import { chooseChartRows, type ChartRowOrder } from '../core/chartRows';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from './useTranslation';
import {
  selectEvaluationExamples,
  selectResultsOutdated,
  selectShownProbabilities,
} from '../state/selectors';
import { usePresentation } from '../state/presentation';
import { useAppStore } from '../state/store';
import {
  CHART_FONT_PX,
  CHART_ROWS,
  PRESENT_CHART_FONT_PX,
  PRESENT_CHART_ROWS,
  chartHeight,
} from './chartLayout';
import { ProbabilityBars } from './lazyPanels';
import { useSettledValue } from './useSettledValue';
import { ExportMenu } from './ExportMenu';
import { downloadChartPng } from './rechartsPng';

const CHART_SETTLE_MS = 120;
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
  const presenting = usePresentation((s) => s.presenting);
  const waitingRows = useAppStore((s) => selectEvaluationExamples(s).length);
  const { result, examples } = prediction;
  const rows = presenting ? PRESENT_CHART_ROWS : CHART_ROWS;
  const choice = chooseChartRows(probs, order, rows, page);
  const total = examples.length;
  const first = (choice.indices[0] ?? 0) + 1;
  const shown = !result
    ? t('waitingForModel')
    : order === 'list'
      ? t('chartShowingList', { from: first, to: first + choice.indices.length - 1, total })
      : t(order === 'leastConfident' ? 'chartShowingLeast' : 'chartShowingMost', {
          count: choice.indices.length,
          total,
        });
  // Until the first answer, the frame keeps the space its bars will take, so the table below
  // does not move when they arrive.
  const keptSpace = (
    <div
      style={{ height: chartHeight(result ? choice.indices.length : Math.min(rows, waitingRows)) }}
    />
  );
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
      {/* The bars (recharts) load after the first render; their space is kept meanwhile. */}
      {result ? (
        <Suspense fallback={keptSpace}>
          <ProbabilityBars
            prediction={prediction}
            probs={probs}
            indices={choice.indices}
            name={CHART_NAME}
            fontSize={presenting ? PRESENT_CHART_FONT_PX : CHART_FONT_PX}
          />
        </Suspense>
      ) : (
        keptSpace
      )}
    </figure>
  );
}
