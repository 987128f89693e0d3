import { describe, expect, it } from 'vitest';
import { autoLabelMapping, distinctLabels } from './labelMapping';
import type { ParsedTable } from './types';

const labelTable = (labels: string[]): ParsedTable => ({
  format: 'csv',
  columns: ['text', 'label'],
  rows: labels.map((label, i) => ({ line: i + 2, cells: { text: `t${i}`, label } })),
  problems: [],
});

describe('distinctLabels', () => {
  it('sorts numeric values numerically', () => {
    expect(distinctLabels(labelTable(['10', '2', '1', '2', ' 10 ']), 'label')).toEqual([
      '1',
      '2',
      '10',
    ]);
  });

  it('keeps first-seen order otherwise, without blanks', () => {
    expect(distinctLabels(labelTable(['pos', '', 'neg', '1', 'pos', '  ']), 'label')).toEqual([
      'pos',
      'neg',
      '1',
    ]);
  });

  it('is empty for a column no row has', () => {
    expect(distinctLabels(labelTable(['a']), 'constructor')).toEqual([]);
  });
});

describe('autoLabelMapping', () => {
  const classes = ['negative', 'positive'];

  it('maps 0/1 in ascending order to the classes in order', () => {
    expect(autoLabelMapping(['1', '0'], classes)).toEqual({
      mapping: { '0': 'negative', '1': 'positive' },
      newClasses: [],
    });
  });

  it('maps numbers numerically, not as strings, and leaves the extra ones unmapped', () => {
    expect(autoLabelMapping(['10', '2', '1'], classes).mapping).toEqual({
      '1': 'negative',
      '2': 'positive',
      '10': null,
    });
  });

  it('maps a value equal to a class name case-insensitively; the rest stay unmapped', () => {
    expect(autoLabelMapping(['POSITIVE', 'Negative', 'neutral'], classes)).toEqual({
      mapping: { POSITIVE: 'positive', Negative: 'negative', neutral: null },
      newClasses: [],
    });
  });

  it('prefers names over order when classes are themselves numbers', () => {
    expect(autoLabelMapping(['1', '2'], ['2', '1']).mapping).toEqual({ '1': '1', '2': '2' });
  });

  it('makes each value its own class when there are no classes', () => {
    expect(autoLabelMapping(['spam', 'ham', 'spam'], [])).toEqual({
      mapping: { spam: 'spam', ham: 'ham' },
      newClasses: ['spam', 'ham'],
    });
  });

  it('keeps values like __proto__ as own entries', () => {
    const { mapping } = autoLabelMapping(['__proto__', 'toString'], ['toString']);
    expect(Object.keys(mapping)).toEqual(['__proto__', 'toString']);
    expect(mapping['toString']).toBe('toString');
  });
});
