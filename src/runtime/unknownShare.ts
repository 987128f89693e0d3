/** Counts what the loaded tokenizer turns into [UNK] in a request's template and rows. */
import type { TemplateSegment } from '../core/template';
import { countUnknown, mostlyUnknown, type UnknownShare } from '../core/unknownTokens';
import type { TokenizerFacts } from './tokenizerFacts';

/** The template's literal words and each row's text, as this tokenizer encodes them (memoised). */
export function unknownShare(
  facts: TokenizerFacts,
  template: readonly TemplateSegment[],
  rows: readonly string[],
): UnknownShare {
  const literal = template.flatMap((s) => (s.kind === 'literal' ? [s.text] : [])).join(' ');
  let mostlyUnknownRows = 0;
  for (const row of rows)
    if (mostlyUnknown(countUnknown(facts.encode(row), facts.unknownId))) mostlyUnknownRows++;
  return {
    template: countUnknown(facts.encode(literal), facts.unknownId),
    mostlyUnknownRows,
    rows: rows.length,
  };
}
