import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredDataset, rowsPerClass, type Dataset } from './storedDataset';

const dataset: Dataset = {
  name: 'reviews.tsv',
  rows: [
    { text: 'Great fun.', textB: null, label: 'positive' },
    { text: '好看 😀', textB: 'second', label: 'negative' },
    { text: 'שלום', textB: null, label: 'positive' },
  ],
  skipped: [{ line: 4, code: 'unknownLabel', detail: 'maybe' }],
  skippedCount: 1,
  sampledFrom: null,
};

describe('readStoredDataset', () => {
  it('reads back what was stored, through JSON', () => {
    expect(readStoredDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
  });

  it('drops rows that are not rows, and refuses a value without any', () => {
    const read = readStoredDataset({ ...dataset, rows: [...dataset.rows, { text: 3 }, null] });
    expect(read?.rows).toEqual(dataset.rows);
    expect(readStoredDataset({ ...dataset, rows: [{ text: '', label: 'x' }] })).toBeNull();
    expect(readStoredDataset('a string')).toBeNull();
  });

  it('never throws on arbitrary stored values, and what it reads reads back the same', () => {
    const mutated = fc
      .tuple(
        fc.constantFrom('name', 'rows', 'skipped', 'skippedCount', 'sampledFrom'),
        fc.jsonValue(),
      )
      .map(([key, value]) => ({ ...dataset, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), (value) => {
        const read = readStoredDataset(value);
        if (read) expect(readStoredDataset(JSON.parse(JSON.stringify(read)))).toEqual(read);
      }),
    );
  });

  it('counts rows per class in first-seen order', () => {
    expect(rowsPerClass(dataset.rows)).toEqual([
      { label: 'positive', count: 2 },
      { label: 'negative', count: 1 },
    ]);
  });
});
