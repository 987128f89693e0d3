/** Reads a dataset file's text (or pasted text) into a table of cells, whatever its state. */
import { parseDelimited } from './parseDelimited';
import { parseJsonLines } from './parseJsonLines';
import { chooseFormat } from './sniffFormat';
import type { ParsedTable } from './types';

/**
 * Parses CSV, TSV or JSONL (format from the file name's extension, else sniffed from the content),
 * reporting progress in [0, 1]. Nothing is fatal: bad records become problems, never a throw.
 */
export async function parseTable(
  text: string,
  hint: { fileName?: string },
  onProgress?: (fraction: number) => void,
): Promise<ParsedTable> {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = chooseFormat(content, hint.fileName);
  try {
    const table =
      format === 'jsonl'
        ? await parseJsonLines(content, onProgress)
        : await parseDelimited(content, format === 'tsv' ? '\t' : ',', onProgress);
    return { format, ...table };
  } catch (error) {
    // Not expected from any input; kept so an importer bug shows as a listed problem, not a crash.
    const code = format === 'jsonl' ? 'badJson' : 'brokenQuoting';
    return { format, columns: [], rows: [], problems: [{ line: 1, code, detail: String(error) }] };
  }
}
