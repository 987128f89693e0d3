/** Mean ± std evaluation accuracy against shots per class, both heads: chart, caption, table. */
import {
  CartesianGrid,
  ErrorBar,
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
import { learningCurveTable } from '../core/export/tables';
import { downloadCsv } from './downloadCsv';
import { ExportMenu } from './ExportMenu';
import { downloadChartPng } from './rechartsPng';
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import { TuningProvenanceNote, useProvenanceOutdated } from './TuningProvenanceNote';

export function LearningCurve() {
  const t = useTranslation();
  const curve = useAppStore((s) => s.tuning.curve);
  const skipped = useAppStore((s) => s.tuning.curveSkipped);
  const progress = useAppStore((s) => s.tuning.curveProgress);
  const curveFor = useAppStore((s) => s.tuning.curveFor);
  const outdated = useProvenanceOutdated(curveFor);
  const figure = useRef<HTMLElement>(null);
  const header = [t('colK'), t('colHead'), t('colMean'), t('colStd')];
  const headName = (head: 'prompt' | 'cls') => (head === 'prompt' ? t('headPrompt') : t('headCls'));
  const exports = [
    {
      name: 'Download learning curve (PNG)',
      label: t('exportCurvePng'),
      onSelect: () => downloadChartPng(figure.current, t('exportCurveTitle'), 'learning-curve.png'),
    },
    {
      name: 'Download learning curve (CSV)',
      label: t('exportCurveCsv'),
      onSelect: () =>
        downloadCsv(tableCsv(learningCurveTable(curve, header, headName)), 'learning-curve.csv'),
    },
  ];
  const ks = [...new Set(curve.map((r) => r.k))];
  const data = ks.map((k) => {
    const prompt = curve.find((r) => r.k === k && r.head === 'prompt');
    const cls = curve.find((r) => r.k === k && r.head === 'cls');
    return {
      k: String(k),
      prompt: prompt?.mean,
      promptStd: prompt?.std,
      cls: cls?.mean,
      clsStd: cls?.std,
    };
  });
  return (
    <>
      {progress && (
        <p>
          <progress
            aria-label="Learning curve progress"
            max={progress.total}
            value={progress.done}
          />{' '}
          {t('curveProgress', progress)}
        </p>
      )}
      {curve.length > 0 && (
        <div className={outdated ? 'outdated-results' : undefined}>
          <TuningProvenanceNote provenance={curveFor} />
          <ExportMenu panel="learning curve" items={exports} />
          <figure className="chart" aria-label={t('runLearningCurve')} ref={figure}>
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={data} margin={{ left: 4, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="k" />
                <YAxis domain={[0, 1]} />
                <Tooltip />
                <Legend />
                <Line
                  dataKey="prompt"
                  name={t('headPrompt')}
                  stroke="#0072B2"
                  isAnimationActive={false}
                >
                  <ErrorBar dataKey="promptStd" stroke="#0072B2" />
                </Line>
                <Line dataKey="cls" name={t('headCls')} stroke="#D55E00" isAnimationActive={false}>
                  <ErrorBar dataKey="clsStd" stroke="#D55E00" />
                </Line>
              </LineChart>
            </ResponsiveContainer>
            <figcaption>{t('curveCaption')}</figcaption>
          </figure>
          <table aria-label="Learning curve" className="predictions compact">
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
              {curve.map((row) => (
                <tr key={`${row.k}-${row.head}`}>
                  <td>{row.k}</td>
                  <td>{headName(row.head)}</td>
                  <td className="num">{row.mean.toFixed(3)}</td>
                  <td className="num">{row.std.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {skipped.length > 0 && (
        <p className="help">{t('curveSkipped', { ks: skipped.join(', ') })}</p>
      )}
    </>
  );
}
