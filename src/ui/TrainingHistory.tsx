/** Loss and accuracy per epoch for both heads: a line chart and the "Training history" table. */
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useRef } from 'react';
import { tableCsv } from '../core/export/tableCsv';
import { trainingHistoryTable } from '../core/export/tables';
import { downloadCsv } from './downloadCsv';
import { ExportMenu } from './ExportMenu';
import { downloadChartPng } from './rechartsPng';
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import { TuningProvenanceNote, useProvenanceOutdated } from './TuningProvenanceNote';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3));

export function TrainingHistory() {
  const t = useTranslation();
  const history = useAppStore((s) => s.tuning.history);
  const historyFor = useAppStore((s) => s.tuning.historyFor);
  const interrupted = useAppStore((s) => s.tuning.historyRunning && s.tuning.status === 'idle');
  const outdated = useProvenanceOutdated(historyFor);
  const figure = useRef<HTMLElement>(null);
  if (history.length === 0) return null;
  const data = history.map((row) => ({
    epoch: row.epoch,
    promptLoss: row.prompt.loss,
    promptEval: row.prompt.evalAccuracy,
    clsLoss: row.cls?.loss ?? null,
    clsEval: row.cls?.evalAccuracy ?? null,
  }));
  const prompt = t('headPrompt');
  const cls = t('headCls');
  const header = [
    t('colEpoch'),
    `${prompt} ${t('colLoss')}`,
    `${prompt} ${t('colTrainAcc')}`,
    `${prompt} ${t('colEvalAcc')}`,
    `${cls} ${t('colLoss')}`,
    `${cls} ${t('colTrainAcc')}`,
    `${cls} ${t('colEvalAcc')}`,
  ];
  const exports = [
    {
      name: 'Download training history (PNG)',
      label: t('exportHistoryPng'),
      onSelect: () => downloadChartPng(figure.current, t('historyCaption'), 'training-history.png'),
    },
    {
      name: 'Download training history (CSV)',
      label: t('exportHistoryCsv'),
      onSelect: () =>
        downloadCsv(tableCsv(trainingHistoryTable(history, header)), 'training-history.csv'),
    },
  ];
  return (
    <div className={outdated ? 'outdated-results' : undefined}>
      <TuningProvenanceNote provenance={historyFor} />
      {interrupted && (
        <p className="notice" role="status">
          {t('historyInterrupted', { epoch: history.length })}
        </p>
      )}
      {/* Not "training history": a button name containing "Train" would make the contract name
          "Train" ambiguous for name lookups that match substrings (Playwright's default). */}
      <ExportMenu panel="epoch history" items={exports} />
      <figure className="chart" aria-label={t('historyCaption')} ref={figure}>
        <figcaption>{t('historyCaption')}</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ left: 4, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="epoch" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Line
              dataKey="promptLoss"
              name={`${prompt} ${t('colLoss')}`}
              stroke="#0072B2"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              dataKey="promptEval"
              name={`${prompt} ${t('colEvalAcc')}`}
              stroke="#0072B2"
              strokeDasharray="5 3"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              dataKey="clsLoss"
              name={`${cls} ${t('colLoss')}`}
              stroke="#D55E00"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
            <Line
              dataKey="clsEval"
              name={`${cls} ${t('colEvalAcc')}`}
              stroke="#D55E00"
              strokeDasharray="5 3"
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <table aria-label="Training history" className="predictions compact">
        <thead>
          <tr>
            {header.map((text) => (
              <th scope="col" key={text}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((row) => (
            <tr key={row.epoch}>
              <td>{row.epoch}</td>
              <td className="num">{fmt(row.prompt.loss)}</td>
              <td className="num">{fmt(row.prompt.trainAccuracy)}</td>
              <td className="num">{fmt(row.prompt.evalAccuracy)}</td>
              <td className="num">{fmt(row.cls?.loss)}</td>
              <td className="num">{fmt(row.cls?.trainAccuracy)}</td>
              <td className="num">{fmt(row.cls?.evalAccuracy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
