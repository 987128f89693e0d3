/** Collects delimited records into a table: header, blank lines, field counts, line numbers. */
import { headerNames } from './headerNames';
import type { LineIndex } from './lines';
import type { ParsedTable, RowProblem, RowProblemCode } from './types';

/** A table being filled record by record. */
export interface RecordTable {
  /** Adds a record starting at `start`: the first non-blank one is the header, blank ones are skipped. */
  add(start: number, fields: string[]): void;
  /** Lists the record starting at `start` as a problem. */
  reject(start: number, code: RowProblemCode, detail: string): void;
  /** The table so far. */
  table: Omit<ParsedTable, 'format'>;
}

/** An empty table that numbers records by the physical lines of `lines`. */
export function recordTable(lines: LineIndex): RecordTable {
  const table: Omit<ParsedTable, 'format'> = { columns: [], rows: [], problems: [] };
  let header: string[] | null = null;
  const reject = (start: number, code: RowProblemCode, detail: string) =>
    table.problems.push({ line: lines.lineAt(start), code, detail });
  const add = (start: number, fields: string[]) => {
    if (fields.every((field) => field.trim() === '')) return;
    if (header === null) {
      header = headerNames(fields);
      table.columns = header;
      return;
    }
    const line = lines.lineAt(start);
    const problem = fieldCountProblem(line, fields, header.length);
    if (problem) table.problems.push(problem);
    else {
      const names = header;
      const cells = Object.fromEntries(names.map((name, i) => [name, (fields[i] ?? '').trim()]));
      table.rows.push({ line, cells });
    }
  };
  return { add, reject, table };
}

/** Extra fields that hold text mean an unquoted delimiter: which cell is which is unknowable. */
function fieldCountProblem(line: number, fields: string[], expected: number): RowProblem | null {
  if (fields.slice(expected).every((field) => field.trim() === '')) return null;
  return { line, code: 'fieldCount', detail: `${fields.length} fields, header has ${expected}` };
}
