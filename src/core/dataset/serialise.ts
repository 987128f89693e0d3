/** Writes dataset rows back as CSV, TSV or JSONL (for round-trip tests and export). Pure. */
import Papa from 'papaparse';
import type { DatasetFormat, DatasetRow } from './types';

/**
 * The rows as a file: CSV/TSV with header text,label (and text_b when any row has a second text),
 * quoted by papaparse where needed; JSONL as one JSON object per line. Lines end in \n.
 */
export function serialiseRows(rows: DatasetRow[], format: DatasetFormat): string {
  const pairs = rows.some((row) => row.textB !== null);
  const record = (row: DatasetRow) =>
    pairs
      ? { text: row.text, label: row.label, text_b: row.textB ?? '' }
      : { text: row.text, label: row.label };
  if (format === 'jsonl') return rows.map((row) => JSON.stringify(record(row))).join('\n');
  return Papa.unparse(
    { fields: pairs ? ['text', 'label', 'text_b'] : ['text', 'label'], data: rows.map(record) },
    { delimiter: format === 'tsv' ? '\t' : ',', newline: '\n' },
  );
}
