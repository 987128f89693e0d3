/**
 * A table on screen as a CSV file: the header and the cells exactly as the table shows them, so
 * what a teacher downloads is what the class saw. Written by papaparse (quotes, commas, newlines
 * and any script survive), lines end in CRLF for spreadsheets. Pure.
 */
import Papa from 'papaparse';

/** A table as its column headers and rows of cell texts. */
export interface TableData {
  header: string[];
  rows: string[][];
}

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading ' —
 * imported datasets are untrusted (CSV injection) — except signed numbers such as "-0.050" or
 * "+0.125", which the tables show and which no spreadsheet runs.
 */
export const FORMULA_START = /^(?![+-]\d+(\.\d+)?$)[=+\-@\t\r]/;

/** The table as CSV text (no byte-order mark; the download adds one). */
export function tableCsv(table: TableData): string {
  const csv = Papa.unparse(
    { fields: table.header, data: table.rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // papaparse ends a header-only file with a line break, which readers take for an empty row.
  // (A cell that ends in a line break is quoted, so the file then ends in a quote instead.)
  return csv.endsWith('\r\n') ? csv.slice(0, -2) : csv;
}
