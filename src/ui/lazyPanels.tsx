/**
 * Code loaded as its own chunks after the first render: the chart's bars and the tuning panel
 * bring recharts, most of the UI's code, and a first visit's first table row need not wait while
 * the page parses them (it shares two cores with ORT's compile in the worker).
 */
import { lazy } from 'react';

/** The probability chart's bars (recharts), loaded on first render into space kept for them. */
export const ProbabilityBars = lazy(() =>
  import('./ProbabilityBars').then((m) => ({ default: m.ProbabilityBars })),
);

/** The few-shot tuning panel (recharts for its curves), loaded on first render. */
export const TrainingPanel = lazy(() =>
  import('./TrainingPanel').then((m) => ({ default: m.TrainingPanel })),
);
