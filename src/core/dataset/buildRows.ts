/** Turns parsed rows into labelled dataset rows, listing every row it skips and why. Pure. */
import { cellValue } from './cells';
import { mappedClass } from './labelMapping';
import type { ColumnChoice, DatasetRow, LabelMapping, ParsedTable, RowProblem } from './types';

/**
 * The good rows (trimmed text, mapped label) and the problems: the table's own first, then, in
 * line order, missingText (blank text), emptyLabel (blank label) and unknownLabel (a value mapped
 * to null or absent; detail = the raw value). A label column is required: with `label: null`
 * there are no rows (no label is ever ''), only the table's problems; the UI keeps Import disabled.
 */
export function buildRows(
  table: ParsedTable,
  choice: ColumnChoice,
  mapping: LabelMapping,
): { rows: DatasetRow[]; problems: RowProblem[] } {
  const problems = [...table.problems];
  const rows: DatasetRow[] = [];
  const labelColumn = choice.label;
  if (labelColumn === null) return { rows, problems };
  for (const row of table.rows) {
    const text = cellValue(row, choice.text).trim();
    const raw = cellValue(row, labelColumn).trim();
    const label = mappedClass(mapping, raw);
    if (text === '')
      problems.push({ line: row.line, code: 'missingText', detail: `column "${choice.text}"` });
    else if (raw === '')
      problems.push({ line: row.line, code: 'emptyLabel', detail: `column "${labelColumn}"` });
    else if (label === null) problems.push({ line: row.line, code: 'unknownLabel', detail: raw });
    else {
      const textB = choice.textB === null ? null : cellValue(row, choice.textB).trim();
      rows.push({ text, textB, label });
    }
  }
  return { rows, problems };
}
