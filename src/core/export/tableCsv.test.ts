import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, tableCsv } from './tableCsv';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;

/** What a cell reads as after the download, given the formula guard. */
const guarded = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

describe('tableCsv', () => {
  it('writes header and cells as shown, CRLF between lines', () => {
    const csv = tableCsv({ header: ['Class', 'F1'], rows: [['positive', '0.875']] });
    expect(csv).toBe('Class,F1\r\npositive,0.875');
  });

  it('keeps signed figures as they are but defuses formulas', () => {
    const csv = tableCsv({
      header: ['a'],
      rows: [['-0.050'], ['+0.125'], ['±0.000'], ['=1+1'], ['-1+cmd'], ['@SUM(A1)'], ['+x']],
    });
    expect(parse(csv).slice(1)).toEqual([
      ['-0.050'],
      ['+0.125'],
      ['±0.000'],
      ["'=1+1"],
      ["'-1+cmd"],
      ["'@SUM(A1)"],
      ["'+x"],
    ]);
  });

  it('round-trips any cells: quotes, commas, newlines, Chinese, emoji', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('a,b', '"quoted"', 'line\nbreak', 'crlf\r\nx', '负面，好看', '😖', ' '),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.array(cell, { minLength: width, maxLength: width }),
              fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }),
            ),
          ),
        ([header, rows]) => {
          // A lone empty cell is an empty line, which no CSV reader can tell from no line.
          fc.pre(header.length > 1 || header[0] !== '');
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const parsed = parse(tableCsv({ header, rows }));
          expect(parsed).toEqual([header, ...rows].map((r) => r.map(guarded)));
        },
      ),
    );
  });
});
