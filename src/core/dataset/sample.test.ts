import { describe, expect, it } from 'vitest';
import { stratifiedSample } from './sample';
import type { DatasetRow } from './types';

const rows = (counts: Record<string, number>): DatasetRow[] =>
  Object.entries(counts).flatMap(([label, n]) =>
    Array.from({ length: n }, (_, i) => ({ text: `${label} ${i}`, textB: null, label })),
  );
const countBy = (sample: DatasetRow[]) =>
  sample.reduce<Record<string, number>>((acc, row) => {
    acc[row.label] = (acc[row.label] ?? 0) + 1;
    return acc;
  }, {});

describe('stratifiedSample', () => {
  it('keeps each class share by largest remainder', () => {
    // Shares of 10: a 6.67, b 2.22, c 1.11 -> floors 6, 2, 1 and the one left goes to a.
    const sample = stratifiedSample(rows({ a: 60, b: 20, c: 10 }), 10, 7);
    expect(sample).toHaveLength(10);
    expect(countBy(sample)).toEqual({ a: 7, b: 2, c: 1 });
  });

  it('keeps the original order and is the same for the same seed', () => {
    const all = rows({ a: 50, b: 50 }).sort((x, y) => (x.text < y.text ? -1 : 1));
    const sample = stratifiedSample(all, 20, 3);
    const positions = sample.map((row) => all.indexOf(row));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(stratifiedSample(all, 20, 3)).toEqual(sample);
    expect(stratifiedSample(all, 20, 4)).not.toEqual(sample);
  });

  it('returns every row when they fit', () => {
    const all = rows({ a: 3 });
    expect(stratifiedSample(all, 3, 1)).toEqual(all);
    expect(stratifiedSample(all, 0, 1)).toEqual([]);
  });
});
