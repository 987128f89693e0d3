/**
 * The region "Metrics": accuracy and macro-F1 (3 decimals; the uncalibrated accuracy beside a
 * calibrated one), per-class figures, the confusion matrix, and their downloads. Presentational:
 * everything comes in through props.
 */
import type { ReactNode } from 'react';
import type { CalibrationMode } from '../core/evaluation/calibration';
import { metricsCsv } from '../core/evaluation/exportCsv';
import { tableCsv } from '../core/export/tableCsv';
import { confusionMatrixTable, perClassMetricsTable } from '../core/export/tables';
import { formatMetric } from '../core/evaluation/format';
import type { EvaluationMetrics } from '../core/evaluation/metrics';
import { ConfusionMatrixTable } from './ConfusionMatrixTable';
import { drawConfusionMatrix, layoutConfusionMatrix } from './confusionMatrixPng';
import { downloadCsv } from './downloadCsv';
import { downloadCanvasPng, measuringContext, sizedCanvas } from './downloadPng';
import { ExportMenu } from './ExportMenu';
import { PerClassMetricsTable } from './PerClassMetricsTable';
import { useTranslation } from './useTranslation';

/** Props: the figures (null before any row is evaluated) and what they were counted on. */
export interface MetricsPanelProps {
  metrics: EvaluationMetrics | null;
  /** Accuracy before calibration; shown when `calibration` is not 'none'. */
  uncalibratedAccuracy: number | null;
  calibration: CalibrationMode;
  classNames: string[];
  classColours?: string[];
  /** Rows evaluated so far, and all evaluation rows. */
  evaluated: number;
  totalRows: number;
  /** Already translated: which rows count (e.g. all labelled rows but the training shots). */
  rowsNote: string;
  /** The figures belong to older inputs (a newer evaluation is on its way). */
  busy: boolean;
  /** Controls and notes shown at the top of the region (calibration, progress, the head). */
  children?: ReactNode;
}

/** The region "Metrics" for one evaluation. */
export function MetricsPanel(props: MetricsPanelProps) {
  const { metrics, calibration, classNames, uncalibratedAccuracy } = props;
  const t = useTranslation();
  const calibrated = calibration !== 'none';

  const downloadPng = () => {
    if (!metrics) return;
    const picture = {
      confusion: metrics.confusion,
      classNames,
      title: t('confusionTitle'),
      goldLabel: t('confusionGold'),
      predictedLabel: t('confusionPredicted'),
      legend: t('confusionLegend', { low: '0%', high: '100%' }),
    };
    const measure = measuringContext();
    if (!measure) return;
    const layout = layoutConfusionMatrix(measure, picture);
    const sized = sizedCanvas(layout.width, layout.height);
    if (!sized) return;
    drawConfusionMatrix(sized.ctx, picture, layout);
    downloadCanvasPng(sized.canvas, 'confusion-matrix.png');
  };

  const downloadMetrics = () => {
    if (!metrics) return;
    const context = calibrated ? { calibration, uncalibratedAccuracy } : { calibration };
    downloadCsv(metricsCsv(metrics, classNames, context), 'metrics.csv');
  };

  const downloadPerClass = () => {
    if (!metrics) return;
    const header = [t('colClass'), t('colPrecision'), t('colRecall'), t('colF1'), t('colSupport')];
    const table = perClassMetricsTable(metrics.perClass, classNames, header);
    downloadCsv(tableCsv(table), 'per-class-metrics.csv');
  };

  const downloadConfusionCsv = () => {
    if (!metrics) return;
    const corner = `${t('confusionGold')} ╲ ${t('confusionPredicted')}`;
    downloadCsv(
      tableCsv(confusionMatrixTable(metrics.confusion, classNames, corner)),
      'confusion-matrix.csv',
    );
  };

  const exports = [
    {
      name: 'Download confusion matrix (PNG)',
      label: t('downloadConfusionPng'),
      onSelect: downloadPng,
    },
    {
      name: 'Download confusion matrix (CSV)',
      label: t('exportConfusionCsv'),
      onSelect: downloadConfusionCsv,
    },
    {
      name: 'Download per-class metrics (CSV)',
      label: t('exportPerClassCsv'),
      onSelect: downloadPerClass,
    },
    { name: 'Download metrics (CSV)', label: t('downloadMetricsCsv'), onSelect: downloadMetrics },
  ].map((item) => ({ ...item, disabled: !metrics }));

  return (
    <section
      role="region"
      aria-label="Metrics"
      aria-busy={props.busy}
      className={props.busy ? 'metrics evaluation-metrics outdated' : 'metrics evaluation-metrics'}
    >
      <ExportMenu panel="metrics" items={exports} />
      <h3>{t('metricsHeading')}</h3>
      {props.children}
      <p className="help">
        {t('metricsRowsEvaluated', { evaluated: props.evaluated, total: props.totalRows })}{' '}
        {props.rowsNote}
      </p>
      <p className="metric-figures">
        <span className="metric-figure">
          <span className="metric-label">{t('accuracyMetric')}</span>{' '}
          <output aria-label="Accuracy">{formatMetric(metrics?.accuracy ?? null)}</output>
          {calibrated && (
            <span className="help">
              {' '}
              ({t(`calibrationMode_${calibration}`)}; {t('metricUncalibrated')}{' '}
              <output aria-label="Uncalibrated">{formatMetric(uncalibratedAccuracy)}</output>)
            </span>
          )}
        </span>{' '}
        <span className="metric-figure">
          <span className="metric-label">{t('metricMacroF1')}</span>{' '}
          <output aria-label="Macro-F1">{formatMetric(metrics?.macroF1 ?? null)}</output>
        </span>
      </p>
      {metrics && (
        <>
          {/* Many classes make wide tables: they scroll sideways here, never the page. */}
          <div className="sideways">
            <PerClassMetricsTable
              perClass={metrics.perClass}
              classNames={classNames}
              classColours={props.classColours}
            />
          </div>
          <div className="sideways">
            <ConfusionMatrixTable confusion={metrics.confusion} classNames={classNames} />
          </div>
        </>
      )}
    </section>
  );
}
