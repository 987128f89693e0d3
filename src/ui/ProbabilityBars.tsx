/**
 * The probability chart's bars (recharts): one stacked bar per example, classes in class order
 * and class colours, as the table's columns and swatches. Loaded as its own chunk (lazyPanels).
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
import { classColour } from '../core/classColours';
import type { PredictionState } from '../state/store';
import { chartHeight } from './chartLayout';

// The example labels' column grows with their type, so a label keeps to one line.
const Y_AXIS_PX_PER_FONT_PX = 20;

/** The props of `ProbabilityBars`. */
export interface ProbabilityBarsProps {
  prediction: PredictionState;
  probs: number[][];
  indices: number[];
  /** The accessible name of the chart's SVG. */
  name: string;
  /** Tick and legend text size in pixels. */
  fontSize: number;
}

/** The bars; memoised so renders of the chart with the old settled value skip them entirely. */
export const ProbabilityBars = memo(
  function ProbabilityBars({ prediction, probs, indices, name, fontSize }: ProbabilityBarsProps) {
    const { result, examples, classNames } = prediction;
    if (!result) return null;
    const data = indices.map((i) => {
      const row: Record<string, string | number> = {
        label: `${i + 1}. ${shorten(examples[i]?.text ?? '')}`,
      };
      classNames.forEach((n, c) => (row[n] = Number((probs[i]?.[c] ?? 0).toFixed(3))));
      return row;
    });
    const tick = { fontSize };
    // Legend items in class order, as the table's columns (recharts sorts them by name).
    const classOrder = (item: { dataKey?: unknown }) => classNames.indexOf(String(item.dataKey));
    return (
      <ResponsiveContainer width="100%" height={chartHeight(data.length)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} title={name}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={tick} />
          <YAxis
            type="category"
            dataKey="label"
            width={Y_AXIS_PX_PER_FONT_PX * fontSize}
            tick={tick}
          />
          <Tooltip />
          <Legend wrapperStyle={tick} itemSorter={classOrder} />
          {classNames.map((n, c) => (
            <Bar
              key={`${c}:${n}`}
              dataKey={n}
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
    before.fontSize === after.fontSize &&
    before.indices.join() === after.indices.join(),
);

function shorten(text: string): string {
  return text.length > 26 ? `${text.slice(0, 25)}…` : text;
}
