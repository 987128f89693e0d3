/**
 * Panels below the fold, loaded as their own chunks after the first render: the chart and the
 * tuning panel bring recharts, most of the UI's code, and a first visit's first table row need
 * not wait while the page parses them (it shares two cores with ORT's compile in the worker).
 */
import { lazy } from 'react';

/** The probability chart (recharts), loaded on first render. */
export const ProbabilityChart = lazy(() =>
  import('./ProbabilityChart').then((m) => ({ default: m.ProbabilityChart })),
);

/** The few-shot tuning panel (recharts for its curves), loaded on first render. */
export const TrainingPanel = lazy(() =>
  import('./TrainingPanel').then((m) => ({ default: m.TrainingPanel })),
);
