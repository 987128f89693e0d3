/**
 * The import of a dataset file, from its text to the stored dataset: parse it, guess the columns
 * and the label mapping (the import dialog lets a person change both), then keep the good rows
 * (a seeded stratified sample beyond the row limit) and create the classes the mapping asks for.
 */
import {
  autoLabelMapping,
  buildRows,
  DATASET_ROW_LIMIT,
  detectColumns,
  distinctLabels,
  parseTable,
  stratifiedSample,
  type ColumnChoice,
  type DatasetRow,
  type LabelMapping,
  type ParsedTable,
  type RowProblem,
} from '../core/dataset';
import { MAX_KEPT_PROBLEMS } from '../core/dataset/storedDataset';
import { keepDataset } from './datasetPersistence';
import { useAppStore } from './store';

/** The seed of the stratified sample taken above the row limit (the same file, the same rows). */
export const SAMPLE_SEED = 1;

/** An import being set up in the dialog. */
export interface ImportDraft {
  name: string;
  table: ParsedTable;
  choice: ColumnChoice;
  mapping: LabelMapping;
}

/** Parses a file's (or pasted) text and guesses columns and label mapping. */
export async function draftImport(
  text: string,
  name: string,
  onProgress?: (fraction: number) => void,
): Promise<ImportDraft> {
  const table = await parseTable(text, { fileName: name }, onProgress);
  const choice = detectColumns(table);
  return { name, table, choice, mapping: mappingFor(table, choice.label) };
}

/** The guessed mapping of a label column's values to the current classes. */
export function mappingFor(table: ParsedTable, labelColumn: string | null): LabelMapping {
  if (labelColumn === null) return {};
  const classNames = useAppStore.getState().classes.map((c) => c.name.trim());
  return autoLabelMapping(distinctLabels(table, labelColumn), classNames).mapping;
}

/** The rows the draft would import and the rows it would skip (with their lines). */
export function draftRows(draft: ImportDraft): { rows: DatasetRow[]; problems: RowProblem[] } {
  const { rows, problems } = buildRows(draft.table, draft.choice, draft.mapping);
  // A person reads the list top to bottom, as the file: by line, whatever found the problem.
  return { rows, problems: [...problems].sort((a, b) => a.line - b.line) };
}

/**
 * Imports the draft: new classes for mapped names that are not classes yet (with no label words:
 * the verbalizer asks for them), the rows kept (sampled above the limit) in IndexedDB.
 */
export async function importDraft(draft: ImportDraft): Promise<void> {
  const { rows, problems } = draftRows(draft);
  const state = useAppStore.getState();
  const existing = new Set(state.classes.map((c) => c.name.trim()));
  const wanted = [...new Set(Object.values(draft.mapping))].filter(
    (name): name is string => name !== null && !existing.has(name),
  );
  if (wanted.length > 0) state.addClasses(wanted);
  const sampled = rows.length > DATASET_ROW_LIMIT;
  await keepDataset({
    name: draft.name,
    rows: sampled ? stratifiedSample(rows, DATASET_ROW_LIMIT, SAMPLE_SEED) : rows,
    skipped: problems.slice(0, MAX_KEPT_PROBLEMS),
    skippedCount: problems.length,
    sampledFrom: sampled ? rows.length : null,
  });
}
