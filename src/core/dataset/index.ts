/** The dataset importer: parse a file, choose columns, map labels, build rows, sample, serialise. */
export type {
  ColumnChoice,
  DatasetFormat,
  DatasetRow,
  LabelMapping,
  ParsedTable,
  RowProblem,
  RowProblemCode,
  TableRow,
} from './types';
export { parseTable } from './parseTable';
export { chooseFormat, formatFromFileName, sniffFormat } from './sniffFormat';
export { cellValue } from './cells';
export { detectColumns } from './columns';
export { autoLabelMapping, distinctLabels, isNumericLabel, mappedClass } from './labelMapping';
export { buildRows } from './buildRows';
export { DATASET_ROW_LIMIT, stratifiedSample } from './sample';
export { serialiseRows } from './serialise';
