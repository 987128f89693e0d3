/**
 * Where each lesson target is on the page: a selector built from the accessible-name contract
 * (README) or a `data-tour` attribute, never a styling class, and the panel a person can look
 * in when it is not on screen. Plain data, so the e2e spec checks the tour against the same map.
 */
import type { LessonTarget } from '../core/lessons';
import type { MessageKey } from '../i18n/messages';

/** The CSS selector of each target's element (the first match is highlighted). */
export const TARGET_SELECTORS: Record<LessonTarget, string> = {
  lessons: 'select[aria-label="Lessons"]',
  template: 'textarea[aria-label="Template"]',
  labelWords: 'input[aria-label^="Label words: "]',
  examples: 'textarea[aria-label="Examples"]',
  predictions: 'table[aria-label="Predictions"]',
  chart: 'figure[aria-label="Class probabilities per example"]',
  tokenPreview: '[data-tour="token-preview"]',
  calibration: 'select[aria-label="Calibration"]',
  metrics: '[role="region"][aria-label="Metrics"]',
  shotsPerClass: 'input[aria-label="Shots per class"]',
  seed: 'input[aria-label="Seed"]',
  train: '[data-tour="train"]',
  learningCurve: '[data-tour="learning-curve"]',
  // Switches are highlighted with their visible label, not the bare checkbox.
  useTunedHead: 'label:has(> input[aria-label="Use tuned head"])',
  suggestLabelWords: 'button[aria-label="Suggest label words"]',
  suggestTemplates: 'button[aria-label="Suggest templates"]',
  demonstrations: 'label:has(> input[aria-label="Demonstrations"])',
  demonstrationsPerClass: 'input[aria-label="Demonstrations per class"]',
};

/** The heading of the panel that holds each target, for "look in …" when it is missing. */
export const TARGET_PANELS: Record<LessonTarget, MessageKey> = {
  lessons: 'lessons',
  template: 'templateHeading',
  labelWords: 'verbalizerHeading',
  examples: 'examplesHeading',
  predictions: 'resultsHeading',
  chart: 'chartHeading',
  tokenPreview: 'previewHeading',
  calibration: 'evaluationHeading',
  metrics: 'evaluationHeading',
  shotsPerClass: 'tuningHeading',
  seed: 'tuningHeading',
  train: 'tuningHeading',
  learningCurve: 'tuningHeading',
  useTunedHead: 'tuningHeading',
  suggestLabelWords: 'searchHeading',
  suggestTemplates: 'searchHeading',
  demonstrations: 'demonstrationsHeading',
  demonstrationsPerClass: 'demonstrationsHeading',
};
