/**
 * Papaparse, streamed: records of a text from a position on, in chunks with an await to the event
 * loop between them, each record with the position it starts at.
 *
 * `header: false` and `skipEmptyLines: false`, so every record, the header and blank lines
 * included, reaches `step` with its end cursor: the next record starts exactly there, which gives
 * each record's start even after quoted newlines.
 *
 * Not papaparse's `worker: true`: it starts a classic worker from a Blob of its own stringified
 * module factory, which bundlers rewrite; in Vite 8 production builds it returns malformed rows
 * (mholt/PapaParse#1122) or dies silently in the worker (mholt/PapaParse#1145). Chunked parsing
 * on the calling thread (or inside the app's own worker) avoids that.
 */
import Papa from 'papaparse';
import type { ParseResult, Parser } from 'papaparse';
import { nextTask } from './nextTask';

/** Characters papaparse reads per chunk: about a thousand short rows, a few ms of work. */
export const PARSE_CHUNK_CHARS = 128 * 1024;

/** How to split records: delimiter, line break, and quote character (one the text lacks = none). */
export interface StreamConfig {
  delimiter: string;
  newline: '\r\n' | '\r' | '\n';
  quoteChar: string;
}

/** The record where papaparse met broken quoting (code: MissingQuotes or InvalidQuotes). */
export interface BrokenRecord {
  start: number;
  code: string;
  message: string;
}

/**
 * Streams the records of text from `from` to `onRecord`; resolves with the first record whose
 * quoting breaks (streaming stops there), or null when the text is done.
 */
export function streamRecords(
  text: string,
  from: number,
  config: StreamConfig,
  onRecord: (start: number, fields: string[]) => void,
  onProgress: (position: number) => void,
): Promise<BrokenRecord | null> {
  return new Promise((resolve) => {
    let recordStart = from;
    let broken: BrokenRecord | null = null;
    Papa.parse<string[]>(text.slice(from), {
      ...config,
      header: false,
      skipEmptyLines: false,
      chunkSize: PARSE_CHUNK_CHARS,
      step: (result, parser: Parser) => {
        const start = recordStart;
        recordStart = from + result.meta.cursor;
        // An unterminated quote is listed after the malformed closing quotes it ran past.
        const quoting =
          result.errors.find((error) => error.code === 'MissingQuotes') ??
          result.errors.find((error) => error.type === 'Quotes');
        if (quoting) {
          broken = { start, code: quoting.code, message: quoting.message };
          parser.abort();
        } else onRecord(start, result.data);
      },
      chunk: (result: ParseResult<string[]>, parser: Parser) => {
        parser.pause();
        onProgress(from + result.meta.cursor);
        void nextTask().then(() => parser.resume());
      },
      complete: () => resolve(broken),
      error: () => resolve(null),
    });
  });
}

/** A character the text lacks: as quote character it turns quoting off. */
export function unusedCharacter(text: string): string {
  for (let code = 0xe000; ; code++) {
    const candidate = String.fromCharCode(code);
    if (!text.includes(candidate)) return candidate;
  }
}
