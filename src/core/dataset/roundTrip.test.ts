import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRows } from './buildRows';
import { detectColumns } from './columns';
import { autoLabelMapping, distinctLabels } from './labelMapping';
import { parseTable } from './parseTable';
import { serialiseRows } from './serialise';
import type { DatasetFormat, DatasetRow } from './types';

/** Class names, some of them traps: prototype keys, a delimiter, a quote, CJK. */
const CLASSES = ['positive', 'negative', '__proto__', 'constructor', 'a,b', 'say "x"', '中性'];

/** Characters that break naive CSV/TSV/JSONL handling, mixed with any unicode. */
const awkward = fc.oneof(
  fc.constantFrom('"', ',', '\t', '\n', '\r', '\r\n', ' ', '{', '\uFEFF', '\u2028', '🎬', 'ש', 'ع'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const cellText = fc.string({ unit: awkward, maxLength: 30 }).map((s) => s.trim());
const row = (pairs: boolean) =>
  fc.record({
    text: cellText.filter((s) => s !== ''),
    textB: pairs ? cellText : fc.constant(null),
    label: fc.constantFrom(...CLASSES),
  });
const dataset = fc
  .boolean()
  .chain((pairs) => fc.array(row(pairs), { minLength: 1, maxLength: 25 }));

async function reimport(rows: DatasetRow[], format: DatasetFormat, fileName?: string) {
  const table = await parseTable(serialiseRows(rows, format), fileName ? { fileName } : {});
  const choice = detectColumns(table);
  const labels = distinctLabels(table, choice.label ?? '');
  const { mapping } = autoLabelMapping(labels, CLASSES);
  return { format: table.format, ...buildRows(table, choice, mapping) };
}

describe('serialise -> parse -> detect -> map -> build round trip', () => {
  for (const format of ['csv', 'tsv', 'jsonl'] as const)
    it(`gives back the same rows as ${format}, named or sniffed`, async () => {
      await fc.assert(
        fc.asyncProperty(dataset, fc.boolean(), async (rows, named) => {
          const result = await reimport(rows, format, named ? `data.${format}` : undefined);
          expect(result).toEqual({ format, rows, problems: [] });
        }),
        { numRuns: 200 },
      );
    });
});
