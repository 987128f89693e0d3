/** JSONL: one JSON object per line, parsed line by line in batches that yield to the event loop. */
import { nextTask } from './nextTask';
import type { ParsedTable } from './types';

/** Lines parsed between two yields to the event loop. */
const LINES_PER_BATCH = 2000;

/** Parses JSONL text (no BOM) into a table; a bad line becomes a problem, never a throw. */
export async function parseJsonLines(
  text: string,
  onProgress?: (fraction: number) => void,
): Promise<Omit<ParsedTable, 'format'>> {
  const lines = text.split(/\r\n|\r|\n/);
  const columns = new Set<string>();
  const table: Omit<ParsedTable, 'format'> = { columns: [], rows: [], problems: [] };
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % LINES_PER_BATCH === 0) {
      onProgress?.(i / lines.length);
      await nextTask();
    }
    const source = (lines[i] ?? '').trim();
    if (source === '') continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      table.problems.push({ line, code: 'badJson', detail: (error as Error).message });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      table.problems.push({ line, code: 'badJson', detail: 'not a JSON object' });
      continue;
    }
    const entries = Object.entries(value).map(([key, cell]) => [key, cellText(cell)] as const);
    for (const [key] of entries) columns.add(key);
    table.rows.push({ line, cells: Object.fromEntries(entries) });
  }
  table.columns = [...columns];
  onProgress?.(1);
  return table;
}

/** A JSON value as cell text: strings as they are, null as empty, nested values as JSON. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
