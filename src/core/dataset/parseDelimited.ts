/**
 * CSV and TSV through papaparse, streamed in chunks with an await to the event loop between them.
 *
 * Papaparse runs here with `header: false` and `skipEmptyLines: false`, so every record, the
 * header and blank lines included, reaches `step` with its end cursor: the next record starts
 * exactly there, which gives each record's start line even after quoted newlines. A record whose
 * quoting breaks (papaparse's MissingQuotes/InvalidQuotes, which swallow the lines after it) is
 * reported and parsing resumes on the physical line after the one it starts on, so the good rows
 * after it still come through.
 *
 * Not papaparse's `worker: true`: it starts a classic worker from a Blob of its own stringified
 * module factory, which bundlers rewrite; in Vite 8 production builds it returns malformed rows
 * (mholt/PapaParse#1122) or dies silently in the worker (mholt/PapaParse#1145). Chunked parsing
 * on the calling thread (or inside the app's own worker) avoids that.
 */
import Papa from 'papaparse';
import type { ParseResult, Parser } from 'papaparse';
import { headerNames } from './headerNames';
import { detectNewline, indexLines } from './lines';
import type { LineIndex } from './lines';
import { nextTask } from './nextTask';
import type { ParsedTable, RowProblem } from './types';

/** Characters papaparse reads per chunk: about a thousand short rows, a few ms of work. */
export const PARSE_CHUNK_CHARS = 128 * 1024;

type Table = Omit<ParsedTable, 'format'>;

/** Parses delimited text (no BOM) into a table; never throws on malformed input. */
export async function parseDelimited(
  text: string,
  delimiter: ',' | '\t',
  onProgress?: (fraction: number) => void,
): Promise<Table> {
  const lines = indexLines(text);
  const newline = detectNewline(text);
  const table: Table = { columns: [], rows: [], problems: [] };
  let header: string[] | null = null;
  const onRecord = (start: number, fields: string[]) => {
    if (fields.every((field) => field.trim() === '')) return; // blank line
    const line = lines.lineAt(start);
    if (header === null) {
      header = headerNames(fields);
      table.columns = header;
      return;
    }
    const problem = fieldCountProblem(line, fields, header.length);
    if (problem) table.problems.push(problem);
    else {
      const names = header;
      table.rows.push({
        line,
        cells: Object.fromEntries(names.map((name, i) => [name, (fields[i] ?? '').trim()])),
      });
    }
  };
  let from: number | null = 0;
  while (from !== null && from < text.length) {
    from = await parseFrom(text, from, { delimiter, newline, lines }, table.problems, onRecord, {
      onProgress: (position) => onProgress?.(position / text.length),
    });
  }
  onProgress?.(1);
  return table;
}

/** Extra fields that hold text mean an unquoted delimiter: which cell is which is unknowable. */
function fieldCountProblem(line: number, fields: string[], expected: number): RowProblem | null {
  if (fields.slice(expected).every((field) => field.trim() === '')) return null;
  return { line, code: 'fieldCount', detail: `${fields.length} fields, header has ${expected}` };
}

/**
 * Streams text from `from` through papaparse; resolves with where to resume after a record with
 * broken quoting, or null when the text is done.
 */
function parseFrom(
  text: string,
  from: number,
  config: { delimiter: string; newline: '\r\n' | '\r' | '\n'; lines: LineIndex },
  problems: RowProblem[],
  onRecord: (start: number, fields: string[]) => void,
  progress: { onProgress: (position: number) => void },
): Promise<number | null> {
  return new Promise((resolve) => {
    let recordStart = from;
    let resumeAt: number | null = null;
    Papa.parse<string[]>(text.slice(from), {
      delimiter: config.delimiter,
      newline: config.newline,
      header: false,
      skipEmptyLines: false,
      chunkSize: PARSE_CHUNK_CHARS,
      step: (result, parser: Parser) => {
        const start = recordStart;
        recordStart = from + result.meta.cursor;
        const quoting = result.errors.find((error) => error.type === 'Quotes');
        if (quoting) {
          problems.push({
            line: config.lines.lineAt(start),
            code: 'brokenQuoting',
            detail: quoting.message,
          });
          resumeAt = config.lines.nextLineStart(start);
          parser.abort();
          return;
        }
        onRecord(start, result.data);
      },
      chunk: (result: ParseResult<string[]>, parser: Parser) => {
        parser.pause();
        progress.onProgress(from + result.meta.cursor);
        void nextTask().then(() => parser.resume());
      },
      complete: () => resolve(resumeAt),
      error: () => resolve(null),
    });
  });
}
