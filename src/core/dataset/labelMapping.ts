/** Which class each raw label value of a file stands for. Pure. */
import { cellValue } from './cells';
import type { LabelMapping, ParsedTable } from './types';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a label value is a plain decimal number (0, 1, -1, 2.5, 1e3). */
export function isNumericLabel(value: string): boolean {
  return NUMBER.test(value);
}

/**
 * The distinct non-empty (trimmed) values of a label column: ascending by number if all are
 * numeric ('1', '2', '10'), else in first-seen order.
 */
export function distinctLabels(table: ParsedTable, labelColumn: string): string[] {
  const values = new Set<string>();
  for (const row of table.rows) {
    const value = cellValue(row, labelColumn).trim();
    if (value !== '') values.add(value);
  }
  const distinct = [...values];
  return distinct.every(isNumericLabel) ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct;
}

/**
 * Pre-maps raw label values to classes: a value equal to a class name case-insensitively maps to
 * that class; if no value matches a name and all are numeric, they map in ascending order to the
 * classes in order (0/1 -> classes[0], classes[1]); the rest map to null (the person decides).
 * newClasses is empty unless there are no classes at all: then each distinct value becomes its
 * own class (mapped to itself), as nothing else could hold it.
 */
export function autoLabelMapping(
  values: string[],
  classNames: string[],
): { mapping: LabelMapping; newClasses: string[] } {
  const distinct = [...new Set(values)];
  if (classNames.length === 0)
    return {
      mapping: Object.fromEntries(distinct.map((value) => [value, value])),
      newClasses: distinct,
    };
  const byName = new Map<string, string>();
  for (const name of classNames) {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, name);
  }
  const named = distinct.map((value) => byName.get(value.trim().toLowerCase()) ?? null);
  if (named.every((name) => name === null) && distinct.every(isNumericLabel)) {
    const ascending = [...distinct].sort((a, b) => Number(a) - Number(b));
    return {
      mapping: Object.fromEntries(ascending.map((value, i) => [value, classNames[i] ?? null])),
      newClasses: [],
    };
  }
  return {
    mapping: Object.fromEntries(distinct.map((value, i) => [value, named[i] ?? null])),
    newClasses: [],
  };
}

/** The class a raw value maps to, or null (unmapped or absent; own keys only). */
export function mappedClass(mapping: LabelMapping, value: string): string | null {
  return Object.hasOwn(mapping, value) ? (mapping[value] ?? null) : null;
}
