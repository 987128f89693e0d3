/** Reading one cell of a parsed row. Pure. */
import type { TableRow } from './types';

/** The cell of `column` in a row, '' if the row lacks it (own keys only: a column may be named `constructor`). */
export function cellValue(row: TableRow, column: string): string {
  return Object.hasOwn(row.cells, column) ? (row.cells[column] ?? '') : '';
}
