import { describe, expect, it } from 'vitest';
import { buildRows } from './buildRows';
import { parseTable } from './parseTable';

const csv = [
  'text,label,text_b',
  'good film,pos,b1',
  ',pos,b2',
  'no label,,b3',
  'odd label,neutral,b4',
  '"broken,neg',
  'bad film,neg,',
  'proto,constructor,b5',
].join('\n');

describe('buildRows', () => {
  it('keeps good rows and lists each bad one with its line, the table problems first', async () => {
    const table = await parseTable(csv, { fileName: 'x.csv' });
    const result = buildRows(
      table,
      { text: 'text', label: 'label', textB: 'text_b' },
      { pos: 'positive', neg: 'negative', neutral: null },
    );
    expect(result.rows).toEqual([
      { text: 'good film', textB: 'b1', label: 'positive' },
      { text: 'bad film', textB: '', label: 'negative' },
    ]);
    expect(result.problems).toEqual([
      { line: 6, code: 'brokenQuoting', detail: 'Quoted field unterminated' },
      { line: 3, code: 'missingText', detail: 'column "text"' },
      { line: 4, code: 'emptyLabel', detail: 'column "label"' },
      { line: 5, code: 'unknownLabel', detail: 'neutral' },
      { line: 8, code: 'unknownLabel', detail: 'constructor' },
    ]);
  });

  it('gives null textB without a second text column', async () => {
    const table = await parseTable(csv, { fileName: 'x.csv' });
    const { rows } = buildRows(table, { text: 'text', label: 'label', textB: null }, { pos: 'p' });
    expect(rows).toEqual([{ text: 'good film', textB: null, label: 'p' }]);
  });

  it('imports nothing without a label column, keeping only the table problems', async () => {
    const table = await parseTable(csv, { fileName: 'x.csv' });
    expect(buildRows(table, { text: 'text', label: null, textB: null }, {})).toEqual({
      rows: [],
      problems: table.problems,
    });
  });
});
