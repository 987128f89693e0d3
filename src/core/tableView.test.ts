import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOrder, type RowFacts } from './tableView';

// Rows: 0 right (p 0.9), 1 wrong (0.6), 2 unlabelled (0.7), 3 wrong (0.8), 4 not scored yet.
const facts: RowFacts = {
  predicted: [0, 1, 0, 0, -1],
  gold: [0, 0, -1, 1, 1],
  confidence: (i) => [0.9, 0.6, 0.7, 0.8, 0][i] ?? 0,
};

describe('tableOrder', () => {
  it('lists every row in list order by default', () => {
    expect(tableOrder(facts, { kind: 'all' }, 'list')).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps only scored, labelled rows whose prediction is wrong', () => {
    expect(tableOrder(facts, { kind: 'wrong' }, 'list')).toEqual([1, 3]);
  });

  it('keeps one gold class', () => {
    expect(tableOrder(facts, { kind: 'class', classIndex: 1 }, 'list')).toEqual([3, 4]);
  });

  it('sorts by confidence either way, unscored rows last', () => {
    expect(tableOrder(facts, { kind: 'all' }, 'leastConfident')).toEqual([1, 2, 3, 0, 4]);
    expect(tableOrder(facts, { kind: 'all' }, 'mostConfident')).toEqual([0, 3, 2, 1, 4]);
  });

  it('is a stable permutation of the kept rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -1, max: 2 }),
            fc.integer({ min: -1, max: 2 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
        ),
        fc.constantFrom('list', 'leastConfident', 'mostConfident') as fc.Arbitrary<
          'list' | 'leastConfident' | 'mostConfident'
        >,
        (rows, sort) => {
          const f: RowFacts = {
            predicted: rows.map((r) => r[0]),
            gold: rows.map((r) => r[1]),
            confidence: (i) => rows[i]?.[2] ?? 0,
          };
          const order = tableOrder(f, { kind: 'all' }, sort);
          expect([...order].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
          const scored = order.filter((i) => (rows[i]?.[0] ?? -1) >= 0);
          if (sort !== 'list') expect(order.slice(0, scored.length)).toEqual(scored);
          for (let k = 1; k < scored.length; k++) {
            const a = rows[scored[k - 1] ?? 0]?.[2] ?? 0;
            const b = rows[scored[k] ?? 0]?.[2] ?? 0;
            if (sort === 'leastConfident') expect(a).toBeLessThanOrEqual(b);
            if (sort === 'mostConfident') expect(a).toBeGreaterThanOrEqual(b);
          }
        },
      ),
    );
  });
});
