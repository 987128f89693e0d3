/**
 * A stacked bar per example showing its class probabilities. It redraws once the results have
 * settled, so the table answers each keystroke first and the chart follows a moment later.
 */
import { memo } from 'react';
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
import { useTranslation } from './useTranslation';
import { selectResultsOutdated } from '../state/selectors';
import { useAppStore, type PredictionState } from '../state/store';
import { useSettledValue } from './useSettledValue';

const CHART_SETTLE_MS = 120;

// Colour-blind-safe (Okabe–Ito) and distinct when projected.
const CLASS_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#000000',
];

export function ProbabilityChart() {
  const t = useTranslation();
  const prediction = useSettledValue(
    useAppStore((s) => s.prediction),
    CHART_SETTLE_MS,
  );
  const outdated = useAppStore(selectResultsOutdated);
  return (
    <div className={outdated ? 'outdated' : undefined} aria-busy={outdated}>
      <ChartBody prediction={prediction} title={t('chartHeading')} />
    </div>
  );
}

// Memoised so renders of the parent with the old settled value skip the chart entirely.
const ChartBody = memo(function ChartBody({
  prediction,
  title,
}: {
  prediction: PredictionState;
  title: string;
}) {
  const { result, examples, classNames } = prediction;
  if (!result) return null;
  const data = examples.map((example, i) => {
    const row: Record<string, string | number> = { label: `${i + 1}. ${shorten(example.text)}` };
    classNames.forEach(
      (name, c) => (row[name] = Number((result.examples[i]?.probs[c] ?? 0).toFixed(3))),
    );
    return row;
  });
  return (
    <figure className="panel chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(160, 28 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} />
          <YAxis type="category" dataKey="label" width={240} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {classNames.map((name, c) => (
            <Bar
              key={name}
              dataKey={name}
              stackId="p"
              fill={CLASS_COLOURS[c % CLASS_COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});

function shorten(text: string): string {
  return text.length > 26 ? `${text.slice(0, 25)}…` : text;
}
