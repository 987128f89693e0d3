/** The shapes the dataset importer reads and returns. Pure types. */

/** A file format the importer reads. */
export type DatasetFormat = 'csv' | 'tsv' | 'jsonl';

/** What a file holds, before any column choice. */
export interface ParsedTable {
  format: DatasetFormat;
  /** Header names (JSONL: union of keys in first-seen order). */
  columns: string[];
  /** line = 1-based physical line where the record starts in the file (header is line 1 for CSV/TSV). */
  rows: Array<{ line: number; cells: Record<string, string> }>;
  /** Records that could not be parsed at all (broken quoting, bad JSON, too many fields). */
  problems: RowProblem[];
}

/** One row of a ParsedTable. */
export type TableRow = ParsedTable['rows'][number];

/** Why a record or row was skipped. */
export type RowProblemCode =
  'brokenQuoting' | 'badJson' | 'missingText' | 'emptyLabel' | 'unknownLabel' | 'fieldCount';

/** A skipped record or row, with the line it starts on; detail is raw, untranslated information. */
export interface RowProblem {
  line: number;
  code: RowProblemCode;
  detail: string;
}

/** Which columns hold the text, the label and (for pair tasks) the second text. */
export interface ColumnChoice {
  text: string;
  label: string | null;
  textB: string | null;
}

/** An imported, labelled row; label is a class NAME. */
export interface DatasetRow {
  text: string;
  textB: string | null;
  label: string;
}

/** Raw label value -> class name; null (or absent) = leave unmapped, the row is skipped. */
export interface LabelMapping {
  [rawValue: string]: string | null;
}
