import { describe, expect, it } from 'vitest';
import { detectColumns } from './columns';
import type { ParsedTable } from './types';

const tableOf = (columns: string[], rows: string[][] = []): ParsedTable => ({
  format: 'csv',
  columns,
  rows: rows.map((cells, i) => ({
    line: i + 2,
    cells: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])),
  })),
  problems: [],
});

describe('detectColumns', () => {
  it('finds text and label columns by name, case-insensitively and trimmed', () => {
    expect(detectColumns(tableOf(['id', ' Sentence ', 'LABEL']))).toEqual({
      text: ' Sentence ',
      label: 'LABEL',
      textB: null,
    });
    expect(detectColumns(tableOf(['label', 'text']))).toEqual({
      text: 'text',
      label: 'label',
      textB: null,
    });
  });

  it('takes names in priority order', () => {
    expect(detectColumns(tableOf(['comment', 'review', 'sentiment', 'class']))).toEqual({
      text: 'review',
      label: 'class',
      textB: null,
    });
    expect(detectColumns(tableOf(['y', 'content'])).label).toBe('y');
  });

  it('falls back to the longest mean text among the non-label columns', () => {
    const table = tableOf(
      ['id', 'title', 'body', 'category'],
      [
        ['1', 'Short', 'A much longer body of text here', 'a long category name, longest of all'],
        ['2', 'Tiny', 'Another long body of text', 'b'.repeat(80)],
      ],
    );
    expect(detectColumns(table)).toEqual({ text: 'body', label: 'category', textB: null });
  });

  it('has no label column when none is named like one', () => {
    expect(detectColumns(tableOf(['text', 'score'])).label).toBeNull();
  });

  it('pairs a second text with its first', () => {
    expect(detectColumns(tableOf(['sentence1', 'sentence2', 'label']))).toEqual({
      text: 'sentence1',
      label: 'label',
      textB: 'sentence2',
    });
    expect(detectColumns(tableOf(['premise', 'hypothesis', 'label'])).textB).toBe('hypothesis');
    expect(detectColumns(tableOf(['text', 'label', 'text_b'])).textB).toBe('text_b');
    expect(detectColumns(tableOf(['review', 'hypothesis', 'label'])).textB).toBeNull();
  });

  it('gives text "" for a table without columns', () => {
    expect(detectColumns(tableOf([]))).toEqual({ text: '', label: null, textB: null });
  });
});
