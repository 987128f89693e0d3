/** Column names from a CSV/TSV header record. Pure. */

/** Trimmed header names; a blank one becomes `column_N`, a repeated one gets `_2`, `_3`, ... */
export function headerNames(fields: string[]): string[] {
  const seen = new Set<string>();
  return fields.map((field, i) => {
    const base = field.trim() || `column_${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}
