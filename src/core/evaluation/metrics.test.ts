import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy } from '../metrics';
import { evaluate } from './metrics';

describe('evaluate', () => {
  it('matches a hand-computed 3-class confusion matrix (10 rows)', () => {
    const gold = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
    const predicted = [0, 0, 0, 1, 1, 1, 2, 2, 0, 2];
    const m = evaluate(predicted, gold, 3);
    // gold 0 → predicted 0,0,0,1; gold 1 → 1,1,2; gold 2 → 2,0,2.
    expect(m.confusion).toEqual([
      [3, 1, 0],
      [0, 2, 1],
      [1, 0, 2],
    ]);
    // correct = 3 + 2 + 2 = 7 of 10.
    expect(m.total).toBe(10);
    expect(m.accuracy).toBeCloseTo(0.7, 12);
    // Class 0: support 4 (row), predicted 4 (column 3+0+1), TP 3 → P = R = F1 = 3/4.
    // Class 1: support 3, predicted 3 (1+2+0), TP 2 → P = R = F1 = 2/3.
    // Class 2: support 3, predicted 3 (0+1+2), TP 2 → P = R = F1 = 2/3.
    expect(m.perClass.map((c) => [c.support, c.predicted])).toEqual([
      [4, 4],
      [3, 3],
      [3, 3],
    ]);
    for (const [c, value] of [
      [0, 3 / 4],
      [1, 2 / 3],
      [2, 2 / 3],
    ] as const) {
      expect(m.perClass[c]!.precision).toBeCloseTo(value, 12);
      expect(m.perClass[c]!.recall).toBeCloseTo(value, 12);
      expect(m.perClass[c]!.f1).toBeCloseTo(value, 12);
    }
    // Macro-F1 = (3/4 + 2/3 + 2/3) / 3 = 25/36 ≈ 0.6944.
    expect(m.macroF1).toBeCloseTo(25 / 36, 12);
  });

  it('a class never predicted: precision null, F1 0, still in macro-F1 (sklearn zero_division=0)', () => {
    // gold 0 → 0,1; gold 1 → 1,1; gold 2 → 0. Columns: p0 = 2, p1 = 3, p2 = 0.
    const m = evaluate([0, 1, 1, 1, 0], [0, 0, 1, 1, 2], 3);
    expect(m.confusion).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
    expect(m.accuracy).toBeCloseTo(3 / 5, 12);
    // Class 0: TP 1, support 2, predicted 2 → P 1/2, R 1/2, F1 2·1/(2+2) = 1/2.
    expect(m.perClass[0]).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      support: 2,
      predicted: 2,
    });
    // Class 1: TP 2, support 2, predicted 3 → P 2/3, R 1, F1 2·2/(2+3) = 4/5.
    expect(m.perClass[1]!.precision).toBeCloseTo(2 / 3, 12);
    expect(m.perClass[1]!.recall).toBe(1);
    expect(m.perClass[1]!.f1).toBeCloseTo(0.8, 12);
    // Class 2: TP 0, support 1, predicted 0 → P undefined (null), R 0, F1 0/(1+0) = 0.
    expect(m.perClass[2]).toEqual({ precision: null, recall: 0, f1: 0, support: 1, predicted: 0 });
    // Macro-F1 = (1/2 + 4/5 + 0) / 3 = 13/30.
    expect(m.macroF1).toBeCloseTo(13 / 30, 12);
  });

  it('a class neither gold nor predicted is left out of macro-F1; one only predicted counts as 0', () => {
    // 3 classes, class 2 absent. Class 0: TP 1, support 1, predicted 2 → F1 2/3.
    // Class 1: TP 0, support 1, predicted 0 → P null, R 0, F1 0. Macro = (2/3 + 0) / 2 = 1/3.
    const absent = evaluate([0, 0], [0, 1], 3);
    expect(absent.perClass[2]).toEqual({
      precision: null,
      recall: null,
      f1: null,
      support: 0,
      predicted: 0,
    });
    expect(absent.macroF1).toBeCloseTo(1 / 3, 12);
    // Class 1 predicted once but never gold: P 0/1 = 0, R null, F1 0. Class 0: P 1, R 1/2, F1 2/3.
    const onlyPredicted = evaluate([0, 1], [0, 0], 2);
    expect(onlyPredicted.perClass[1]).toEqual({
      precision: 0,
      recall: null,
      f1: 0,
      support: 0,
      predicted: 1,
    });
    expect(onlyPredicted.macroF1).toBeCloseTo(1 / 3, 12);
  });

  it('no rows: every ratio null, a zero matrix', () => {
    const m = evaluate([], [], 2);
    expect(m).toEqual({
      total: 0,
      accuracy: null,
      macroF1: null,
      perClass: [
        { precision: null, recall: null, f1: null, support: 0, predicted: 0 },
        { precision: null, recall: null, f1: null, support: 0, predicted: 0 },
      ],
      confusion: [
        [0, 0],
        [0, 0],
      ],
    });
  });

  it('skips unlabelled (−1), unscored (−1), out-of-range and excluded rows', () => {
    // Only rows 0 and 4 count: row 1 gold −1, row 2 predicted −1, row 3 excluded, row 5 gold 7.
    const m = evaluate([0, 1, -1, 0, 1, 0], [0, -1, 1, 1, 0, 7], 2, (i) => i !== 3);
    expect(m.total).toBe(2);
    expect(m.confusion).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(m.accuracy).toBe(0.5);
  });

  it('agrees with accuracy() and counts every row once, for any input', () => {
    const index = fc.integer({ min: -1, max: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(index, index), { maxLength: 60 }), (pairs) => {
        const predicted = pairs.map(([p]) => p);
        const gold = pairs.map(([, g]) => g);
        const m = evaluate(predicted, gold, 4);
        expect(m.accuracy).toBe(accuracy(predicted, gold).value);
        expect(m.confusion.flat().reduce((a, b) => a + b, 0)).toBe(m.total);
        if (m.macroF1 !== null) expect(m.macroF1).toBeGreaterThanOrEqual(0);
        if (m.macroF1 !== null) expect(m.macroF1).toBeLessThanOrEqual(1);
      }),
    );
  });
});
