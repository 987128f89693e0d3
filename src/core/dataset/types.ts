/** The shapes of an imported dataset (placeholder until the importer lands; same API). */
export type DatasetFormat = 'csv' | 'tsv' | 'jsonl';
export type RowProblemCode =
  'brokenQuoting' | 'badJson' | 'missingText' | 'emptyLabel' | 'unknownLabel' | 'fieldCount';
export interface RowProblem {
  line: number;
  code: RowProblemCode;
  detail: string;
}
export interface DatasetRow {
  text: string;
  textB: string | null;
  label: string;
}
