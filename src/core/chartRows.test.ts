import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseChartRows, confidence } from './chartRows';

const probsArb = fc.array(
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
  { maxLength: 200 },
);

describe('chooseChartRows', () => {
  it('pages through the list in order', () => {
    const probs = Array.from({ length: 45 }, () => [0.5, 0.5]);
    expect(chooseChartRows(probs, 'list', 20, 0).indices).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    const last = chooseChartRows(probs, 'list', 20, 9);
    expect(last).toEqual({ indices: [40, 41, 42, 43, 44], page: 2, pageCount: 3 });
  });

  it('picks the least and the most confident predictions', () => {
    const probs = [
      [0.9, 0.1],
      [0.55, 0.45],
      [0.7, 0.3],
      [0.2, 0.8],
    ];
    expect(chooseChartRows(probs, 'leastConfident', 2, 0).indices).toEqual([1, 2]);
    expect(chooseChartRows(probs, 'mostConfident', 2, 0).indices).toEqual([0, 3]);
  });

  it('never draws more than the limit, and draws distinct existing rows', () => {
    fc.assert(
      fc.property(
        probsArb,
        fc.constantFrom('list', 'leastConfident', 'mostConfident' as const),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: -3, max: 30 }),
        (probs, order, size, page) => {
          const { indices, page: shown } = chooseChartRows(probs, order, size, page);
          expect(indices.length).toBeLessThanOrEqual(size);
          const start = order === 'list' ? shown * size : 0;
          expect(indices.length).toBe(Math.min(size, probs.length - start));
          expect(new Set(indices).size).toBe(indices.length);
          for (const i of indices) expect(i >= 0 && i < probs.length).toBe(true);
          if (order === 'leastConfident')
            for (const i of indices)
              for (let j = 0; j < probs.length; j++)
                if (!indices.includes(j))
                  expect(confidence(probs[i] ?? [])).toBeLessThanOrEqual(
                    confidence(probs[j] ?? []),
                  );
        },
      ),
    );
  });

  it('ranks only scored rows by confidence while a prediction fills in', () => {
    const probs = [[0.9, 0.1], [], [0.6, 0.4], []];
    expect(chooseChartRows(probs, 'leastConfident', 4, 0).indices).toEqual([2, 0]);
    expect(chooseChartRows(probs, 'list', 4, 0).indices).toEqual([0, 1, 2, 3]);
  });
});
