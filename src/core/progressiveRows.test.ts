import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginRows, currentCount, fillRows } from './progressiveRows';

describe('progressive rows', () => {
  it("keeps a row's old score only for the same text at the same place under the same classes", () => {
    const shown = { texts: ['a', 'b', 'c'], classNames: ['pos', 'neg'], scores: [1, 2, 3] };
    expect(beginRows(shown, ['a', 'x', 'c', 'd'], ['pos', 'neg'], 0)).toEqual({
      scores: [1, 0, 3, 0],
      current: [false, false, false, false],
    });
    expect(beginRows(shown, ['a', 'b'], ['pos', 'neutral'], 0).scores).toEqual([0, 0]);
  });

  it('marks exactly the filled rows current, in any order and with repeats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.array(fc.integer({ min: -2, max: 55 }), { maxLength: 10 }), { maxLength: 8 }),
        (count, updates) => {
          const texts = Array.from({ length: count }, (_, i) => `t${i}`);
          let rows = beginRows<number>({ texts: [], classNames: [], scores: [] }, texts, [], -1);
          for (const update of updates)
            rows = fillRows(
              rows,
              update.map((index) => ({ index, scores: index * 10 })),
            );
          const filled = new Set(updates.flat().filter((i) => i >= 0 && i < count));
          expect(rows.scores).toHaveLength(count);
          rows.scores.forEach((score, i) => expect(score).toBe(filled.has(i) ? i * 10 : -1));
          expect(currentCount(rows)).toBe(filled.size);
        },
      ),
    );
  });

  it('does not change the progress it was given', () => {
    const before = beginRows({ texts: [], classNames: [], scores: [] }, ['a'], [], 0);
    fillRows(before, [{ index: 0, scores: 5 }]);
    expect(before).toEqual({ scores: [0], current: [false] });
  });
});
