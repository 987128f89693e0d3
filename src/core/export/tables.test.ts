import { describe, expect, it } from 'vitest';
import type { ComparisonEntry } from '../evaluation/comparison';
import {
  comparisonTable,
  confusionMatrixTable,
  learningCurveTable,
  perClassMetricsTable,
  trainingHistoryTable,
} from './tables';

describe('table rows for export', () => {
  it('per-class metrics with 3 decimals and a dash for an undefined figure', () => {
    const table = perClassMetricsTable(
      [
        { precision: 0.75, recall: 1, f1: 6 / 7, support: 3, predicted: 4 },
        { precision: null, recall: 0, f1: null, support: 1, predicted: 0 },
      ],
      ['positive', '负面'],
      ['Class', 'Precision', 'Recall', 'F1', 'Support'],
    );
    expect(table.rows).toEqual([
      ['positive', '0.750', '1.000', '0.857', '3'],
      ['负面', '—', '0.000', '—', '1'],
    ]);
  });

  it('the confusion matrix: gold rows, predicted columns', () => {
    const table = confusionMatrixTable(
      [
        [3, 1],
        [0, 4],
      ],
      ['a', 'b'],
      'Gold ╲ Predicted',
    );
    expect(table).toEqual({
      header: ['Gold ╲ Predicted', 'a', 'b'],
      rows: [
        ['a', '3', '1'],
        ['b', '0', '4'],
      ],
    });
  });

  it('the comparison in the order added, with the difference to the current prompt', () => {
    const entry = (id: string, accuracy: number | null): ComparisonEntry => ({
      id,
      template: `{text} ${id} [MASK].`,
      classes: [{ name: 'positive', words: ['great', 'good'] }],
      calibration: 'none',
      accuracy,
      macroF1: accuracy,
      rows: 8,
      evaluatedOn: '',
    });
    const table = comparisonTable(
      [entry('x', 0.5), entry('y', 0.875), entry('z', null)],
      { accuracy: 0.75, macroF1: 0.7 },
      ['#', 'Template', 'Label words', 'Calibration', 'Accuracy', 'Macro-F1', 'Δ'],
      (mode) => `cal:${mode}`,
    );
    expect(table.rows).toEqual([
      ['1', '{text} x [MASK].', 'positive: great, good', 'cal:none', '0.500', '0.500', '-0.250'],
      ['2', '{text} y [MASK].', 'positive: great, good', 'cal:none', '0.875', '0.875', '+0.125'],
      ['3', '{text} z [MASK].', 'positive: great, good', 'cal:none', '—', '—', '—'],
    ]);
  });

  it('training history with and without the [CLS] head', () => {
    const table = trainingHistoryTable(
      [
        {
          epoch: 1,
          prompt: { loss: 0.69314, trainAccuracy: 0.5, evalAccuracy: null },
          cls: { loss: 1.2, trainAccuracy: 0.25, evalAccuracy: 0.5 },
        },
        { epoch: 2, prompt: { loss: 0.5, trainAccuracy: 0.75, evalAccuracy: 0.625 }, cls: null },
      ],
      ['Epoch', 'a', 'b', 'c', 'd', 'e', 'f'],
    );
    expect(table.rows).toEqual([
      ['1', '0.693', '0.500', '—', '1.200', '0.250', '0.500'],
      ['2', '0.500', '0.750', '0.625', '—', '—', '—'],
    ]);
  });

  it('the learning curve with the heads named as on screen', () => {
    const table = learningCurveTable(
      [
        { k: 0, head: 'prompt', mean: 0.6, std: 0 },
        { k: 4, head: 'cls', mean: 0.55, std: 0.0321 },
      ],
      ['k', 'Head', 'Mean', 'Std'],
      (head) => (head === 'prompt' ? 'Prompt head' : '[CLS] head'),
    );
    expect(table.rows).toEqual([
      ['0', 'Prompt head', '0.600', '0.000'],
      ['4', '[CLS] head', '0.550', '0.032'],
    ]);
  });
});
