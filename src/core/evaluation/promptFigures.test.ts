import { describe, expect, it } from 'vitest';
import { promptFigures } from './promptFigures';

// Two classes, four labelled rows and one unlabelled. Raw predictions: 0, 0, 0, 0, 0 → 2 of 4
// right (rows 0 and 1 are gold 0). The content-free prior [0.8, 0.2] flips rows whose p0/0.8 <
// p1/0.2, i.e. p0 < 0.8: rows 2 (0.7) and 3 (0.6) → 1, rows 0 (0.9) and 1 (0.85) stay 0: 4 of 4.
const probs = [
  [0.9, 0.1],
  [0.85, 0.15],
  [0.7, 0.3],
  [0.6, 0.4],
  [0.95, 0.05],
];
const gold = [0, 0, 1, 1, -1];

describe('promptFigures', () => {
  it('counts labelled rows with the raw probabilities for None', () => {
    // Class 1 never predicted: F1 0 for it; class 0 F1 = 2·2/(2+4) = 2/3; macro = 1/3.
    expect(promptFigures(probs, [], 'none', gold, 2)).toEqual({
      accuracy: 0.5,
      macroF1: 1 / 3,
      rows: 4,
    });
  });

  it('divides by the content-free prior for Contextual', () => {
    const figures = promptFigures(
      probs,
      [
        [0.8, 0.2],
        [0.8, 0.2],
      ],
      'contextual',
      gold,
      2,
    );
    expect(figures.accuracy).toBe(1);
    expect(figures.macroF1).toBe(1);
  });

  it('divides by the mean over all scored rows (labelled or not) for Batch', () => {
    // Mean p = [0.8, 0.2] over the five rows: the same flips as above.
    expect(promptFigures(probs, [], 'batch', gold, 2).accuracy).toBe(1);
  });

  it('skips rows not scored yet', () => {
    expect(promptFigures([[], ...probs.slice(1)], [], 'none', gold, 2).rows).toBe(3);
  });
});
