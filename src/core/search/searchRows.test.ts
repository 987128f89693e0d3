import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleKeys } from '../examples';
import { searchRows } from './searchRows';

const rows = [
  { text: 'a', gold: 'pos' },
  { text: 'b', gold: null },
  { text: 'c', gold: 'neg' },
  { text: 'd', gold: 'other' },
  { text: 'e', gold: 'pos' },
];

describe('searchRows', () => {
  it('uses every labelled row (gold naming a class) when no training sample is set', () => {
    expect(searchRows(rows, ['pos', 'neg'], null)).toEqual({
      train: [0, 2, 4],
      heldOut: [],
      source: 'allLabelled',
    });
  });

  it('uses the training sample, found by identity, and holds the other labelled rows out', () => {
    const keys = exampleKeys(rows);
    const split = searchRows(rows, ['pos', 'neg'], [keys[4]!, keys[2]!]);
    expect(split).toEqual({ train: [2, 4], heldOut: [0], source: 'trainingSample' });
  });

  it('falls back to all labelled rows when none of the sample is still there', () => {
    expect(searchRows(rows, ['pos', 'neg'], ['gone\tx\t0']).source).toBe('allLabelled');
  });

  it('train and held-out rows are disjoint and together the labelled rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string(), gold: fc.constantFrom('a', 'b', null) })),
        fc.array(fc.nat()),
        (examples, picks) => {
          const keys = exampleKeys(examples);
          const sample = picks.map((p) => keys[p % Math.max(1, keys.length)] ?? '');
          const split = searchRows(examples, ['a', 'b'], sample);
          const labelled = examples.flatMap((e, i) => (e.gold ? [i] : []));
          expect([...split.train, ...split.heldOut].sort((x, y) => x - y)).toEqual(labelled);
          expect(split.train.filter((i) => split.heldOut.includes(i))).toEqual([]);
        },
      ),
    );
  });
});
