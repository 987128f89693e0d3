/**
 * CSV and TSV: papaparse streams the records (streamRecords.ts); this decides what happens at
 * broken quoting (papaparse's MissingQuotes/InvalidQuotes, which swallow the lines after them).
 * - CSV: the record is listed and parsing resumes on the physical line after the one it starts
 *   on, so the good rows after it still come through. After an unterminated quote no later quote
 *   can close either, so the rest is read with quoting off (linear time, not one scan to the end
 *   per broken record), still listing each record with a field that starts with a quote.
 * - TSV: many TSVs (GLUE, SST-2) are written unquoted, and their text may start with a quote; at
 *   the first quoting error the file is read from that record on with quoting off, so every row
 *   comes through with its quotes as text.
 */
import { detectNewline, indexLines } from './lines';
import { recordTable } from './recordTable';
import { streamRecords, unusedCharacter } from './streamRecords';
import type { ParsedTable } from './types';

/** Papaparse's message for an unterminated quote, used for the records read after one. */
const UNTERMINATED = 'Quoted field unterminated';

/** Parses delimited text (no BOM) into a table, reporting progress; never throws on bad input. */
export async function parseDelimited(
  text: string,
  delimiter: ',' | '\t',
  onProgress?: (fraction: number) => void,
): Promise<Omit<ParsedTable, 'format'>> {
  const lines = indexLines(text);
  const records = recordTable(lines);
  const newline = detectNewline(text);
  const noQuote = unusedCharacter(text);
  let quoting = true;
  let reached = 0;
  const progress = (position: number) => {
    reached = Math.max(reached, position);
    onProgress?.(reached / text.length);
  };
  const onRecord = (start: number, fields: string[]) => {
    if (!quoting && delimiter === ',' && fields.some((field) => field.startsWith('"')))
      records.reject(start, 'brokenQuoting', UNTERMINATED);
    else records.add(start, fields);
  };
  const stream = (from: number) =>
    streamRecords(
      text,
      from,
      { delimiter, newline, quoteChar: quoting ? '"' : noQuote },
      onRecord,
      progress,
    );
  let broken = await stream(0);
  while (broken !== null) {
    if (delimiter === '\t') {
      quoting = false;
      broken = await stream(broken.start);
      continue;
    }
    records.reject(broken.start, 'brokenQuoting', broken.message);
    if (broken.code === 'MissingQuotes') quoting = false;
    const next = lines.nextLineStart(broken.start);
    broken = next < text.length ? await stream(next) : null;
  }
  onProgress?.(1);
  return records.table;
}
