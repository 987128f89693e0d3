/** Decides whether a file or pasted text is CSV, TSV or JSONL. Pure. */
import type { DatasetFormat } from './types';

const EXTENSIONS: Record<string, DatasetFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'jsonl',
};

/** The format a file name's extension names, or null (no name, .txt or an unknown extension). */
export function formatFromFileName(fileName: string | undefined): DatasetFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(EXTENSIONS, extension) ? (EXTENSIONS[extension] ?? null) : null;
}

/**
 * The format of a text by its content: JSONL if the first non-empty line starts with `{`; TSV if
 * the first record has tabs outside quotes and no more commas than tabs (what a spreadsheet copy
 * pastes); CSV otherwise.
 */
export function sniffFormat(text: string): DatasetFormat {
  const start = text.search(/\S/);
  if (start < 0) return 'csv';
  if (text[start] === '{') return 'jsonl';
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === '\t') tabs++;
    else if (c === ',') commas++;
  }
  return tabs > 0 && commas <= tabs ? 'tsv' : 'csv';
}

/** The format to read a text as: the file name's extension when it names one, else sniffed. */
export function chooseFormat(text: string, fileName: string | undefined): DatasetFormat {
  return formatFromFileName(fileName) ?? sniffFormat(text);
}
