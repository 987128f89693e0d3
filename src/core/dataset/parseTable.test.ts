import { describe, expect, it } from 'vitest';
import { parseTable } from './parseTable';

const lineOf = (table: Awaited<ReturnType<typeof parseTable>>) =>
  table.rows.map((row) => [row.line, row.cells]);

describe('parseTable on CSV and TSV', () => {
  it('strips a BOM and reads CRLF line ends', async () => {
    const table = await parseTable(
      '\uFEFFtext,label\r\ngood film,positive\r\nbad film,negative\r\n',
      {
        fileName: 'a.csv',
      },
    );
    expect(table.format).toBe('csv');
    expect(table.columns).toEqual(['text', 'label']);
    expect(lineOf(table)).toEqual([
      [2, { text: 'good film', label: 'positive' }],
      [3, { text: 'bad film', label: 'negative' }],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads old Mac CR line ends', async () => {
    const table = await parseTable('text,label\rone,a\rtwo,b', {});
    expect(lineOf(table)).toEqual([
      [2, { text: 'one', label: 'a' }],
      [3, { text: 'two', label: 'b' }],
    ]);
  });

  it('keeps quoted newlines, tabs and quotes, and numbers later lines by physical line', async () => {
    const csv = [
      'text,label',
      '"first line',
      'second line\twith a tab",positive',
      '"she said ""hi"", then left",negative',
      '"a\r\nb\nc",positive',
      'after,negative',
    ].join('\n');
    const table = await parseTable(csv, { fileName: 'quoted.csv' });
    expect(lineOf(table)).toEqual([
      [2, { text: 'first line\nsecond line\twith a tab', label: 'positive' }],
      [4, { text: 'she said "hi", then left', label: 'negative' }],
      [5, { text: 'a\r\nb\nc', label: 'positive' }],
      [8, { text: 'after', label: 'negative' }],
    ]);
  });

  it('skips empty and blank lines, keeping the line numbers of the rest', async () => {
    const table = await parseTable('\ntext\tlabel\n\n  \none\t1\n\t\n\ntwo\t0\n\n', {});
    expect(table.format).toBe('tsv');
    expect(lineOf(table)).toEqual([
      [5, { text: 'one', label: '1' }],
      [8, { text: 'two', label: '0' }],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('lists an unclosed quote with its line and still reads the rows before and after it', async () => {
    const csv = 'text,label\ngood,positive\n"broken,negative\nalso good,negative\nlast,positive\n';
    const table = await parseTable(csv, { fileName: 'x.csv' });
    expect(lineOf(table)).toEqual([
      [2, { text: 'good', label: 'positive' }],
      [4, { text: 'also good', label: 'negative' }],
      [5, { text: 'last', label: 'positive' }],
    ]);
    expect(table.problems).toEqual([
      { line: 3, code: 'brokenQuoting', detail: 'Quoted field unterminated' },
    ]);
  });

  it('lists a malformed closing quote with its line and reads the lines it would swallow', async () => {
    const csv = 'text,label\n"abc"def,positive\nx,negative\n"ok ""q"" here",positive\n';
    const table = await parseTable(csv, { fileName: 'x.csv' });
    expect(table.problems.map((p) => [p.line, p.code])).toEqual([[2, 'brokenQuoting']]);
    expect(lineOf(table)).toEqual([
      [3, { text: 'x', label: 'negative' }],
      [4, { text: 'ok "q" here', label: 'positive' }],
    ]);
  });

  it('reads an unquoted TSV whose text starts with a quote literally, keeping every row', async () => {
    const tsv =
      'label\ttext\n1\t"Great" was the word\n0\tplain\n1\t"unclosed and, odd\n0\t"last"\n';
    const table = await parseTable(tsv, { fileName: 'glue.tsv' });
    expect(table.problems).toEqual([]);
    expect(lineOf(table)).toEqual([
      [2, { label: '1', text: '"Great" was the word' }],
      [3, { label: '0', text: 'plain' }],
      [4, { label: '1', text: '"unclosed and, odd' }],
      [5, { label: '0', text: '"last"' }],
    ]);
  });

  it('lists every unterminated quote of a 20,000-row CSV by line, in linear time', async () => {
    const body = Array.from(
      { length: 20_000 },
      (_, i) =>
        `${i % 10 === 0 ? '"' : ''}text of row ${i}${' with a few more words'.repeat(4)},${i % 2}`,
    );
    const table = await parseTable(['text,label', ...body].join('\n'), { fileName: 'x.csv' });
    expect(table.rows).toHaveLength(18_000);
    expect(table.rows.at(-1)?.line).toBe(20_001);
    expect(table.problems).toHaveLength(2_000);
    expect(
      table.problems.every((p, k) => p.line === 2 + 10 * k && p.code === 'brokenQuoting'),
    ).toBe(true);
  }, 30_000); // about 1 s; scanning to the end once per broken record took over a minute

  it('lists a record with extra filled fields; missing or empty extra fields are fine', async () => {
    const table = await parseTable(
      'text,label\nI liked it, a lot,positive\nshort\nok,negative,,\n',
      {
        fileName: 'x.csv',
      },
    );
    expect(table.problems).toEqual([
      { line: 2, code: 'fieldCount', detail: '3 fields, header has 2' },
    ]);
    expect(lineOf(table)).toEqual([
      [3, { text: 'short', label: '' }],
      [4, { text: 'ok', label: 'negative' }],
    ]);
  });

  it('keeps emoji, Chinese, Hebrew and Arabic byte for byte, trimming only surrounding space', async () => {
    const texts = [
      '👍🏽 great 🎬',
      '這部電影很好看，值得推薦',
      'הסרט היה נהדר',
      'كان الفيلم رائعا ‏!',
    ];
    const csv = ['text,label', ...texts.map((t) => `  ${t}  ,positive`)].join('\n');
    const table = await parseTable(csv, { fileName: 'x.csv' });
    expect(table.rows.map((row) => row.cells.text)).toEqual(texts);
  });

  it('names blank and repeated headers', async () => {
    const table = await parseTable('text,,text\na,b,c\n', { fileName: 'x.csv' });
    expect(table.columns).toEqual(['text', 'column_2', 'text_2']);
    expect(table.rows[0]?.cells).toEqual({ text: 'a', column_2: 'b', text_2: 'c' });
  });

  it('yields no rows and no throw for empty input', async () => {
    expect(await parseTable('', {})).toEqual({
      format: 'csv',
      columns: [],
      rows: [],
      problems: [],
    });
    expect(await parseTable('\uFEFF\n\n', { fileName: 'a.tsv' })).toMatchObject({ rows: [] });
  });

  it('parses a 20,000-row file fully, with the right last line, reporting progress', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) =>
      i % 100 === 0 ? `"row ${i}, quoted\nover two lines",${i % 2}` : `row ${i} text here,${i % 2}`,
    );
    const csv = ['text,label', ...body].join('\n');
    const fractions: number[] = [];
    const table = await parseTable(csv, { fileName: 'big.csv' }, (f) => fractions.push(f));
    expect(table.rows).toHaveLength(20_000);
    expect(table.problems).toEqual([]);
    // The header is line 1 and 200 earlier records span two lines: the last starts on 2 + 19,999 + 200.
    expect(table.rows.at(-1)).toEqual({
      line: 20_201,
      cells: { text: 'row 19999 text here', label: '1' },
    });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe('parseTable on JSONL', () => {
  it('reads objects line by line, stringifying values and listing bad lines', async () => {
    const jsonl = [
      '{"text": " good ", "label": 1}',
      '',
      '{"text": "nested", "label": true, "meta": {"a": [1]}}',
      '{"text": broken}',
      '[1, 2]',
      '{"sentence": "null label", "label": null}',
    ].join('\r\n');
    const table = await parseTable(jsonl, { fileName: 'd.ndjson' });
    expect(table.format).toBe('jsonl');
    expect(table.columns).toEqual(['text', 'label', 'meta', 'sentence']);
    expect(lineOf(table)).toEqual([
      [1, { text: 'good', label: '1' }],
      [3, { text: 'nested', label: 'true', meta: '{"a":[1]}' }],
      [6, { sentence: 'null label', label: '' }],
    ]);
    expect(table.problems.map((p) => [p.line, p.code])).toEqual([
      [4, 'badJson'],
      [5, 'badJson'],
    ]);
  });

  it('is sniffed from pasted text starting with {', async () => {
    const table = await parseTable('\n  {"text":"a","label":"b"}\n', {});
    expect(table.format).toBe('jsonl');
    expect(lineOf(table)).toEqual([[2, { text: 'a', label: 'b' }]]);
  });
});
