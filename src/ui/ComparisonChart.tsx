/** Accuracy per compared prompt as horizontal bars (recharts), the best one darker. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMetric } from '../core/evaluation/format';
import type { ComparisonBar } from './comparisonChartPng';

/** Props: the bars in table order, labelled as in the table ("#1 …"). */
export interface ComparisonChartProps {
  bars: ComparisonBar[];
}

const label = (value: unknown) => (typeof value === 'number' ? formatMetric(value) : '');

/** The bar chart; a figure's caption and download live with the table. */
export function ComparisonChart({ bars }: ComparisonChartProps) {
  // Two stacked series, each bar in exactly one: the best bar gets its own colour without Cell
  // (deprecated in recharts 3).
  const data = bars.map((b) => ({
    label: b.label,
    other: b.best ? undefined : (b.accuracy ?? 0),
    best: b.best ? (b.accuracy ?? 0) : undefined,
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, 32 * bars.length + 50)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} />
        <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
        <Bar dataKey="other" stackId="a" fill="#56B4E9" isAnimationActive={false}>
          <LabelList dataKey="other" position="right" formatter={label} />
        </Bar>
        <Bar dataKey="best" stackId="a" fill="#0072B2" isAnimationActive={false}>
          <LabelList dataKey="best" position="right" formatter={label} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
