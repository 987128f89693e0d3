/**
 * The "Examples" box: one example per line, plain text, `label<TAB>text`, or
 * `label<TAB>text<TAB>text_b` for pair tasks (the second text fills a template's `{text_b}`). Pure.
 */

/** One example as typed, with its gold label when the line had one. */
export interface Example {
  text: string;
  gold: string | null;
  line: number;
  /** A pair task's second text, when the row has one. */
  textB?: string;
}

/** A line whose label names no class. */
export interface ExampleIssue {
  code: 'unknownLabel';
  line: number;
  label: string;
}

/** Parses the box into examples; blank lines are skipped, line numbers count from 1. */
export function parseExamples(raw: string): Example[] {
  const examples: Example[] = [];
  raw.split(/\r?\n/).forEach((lineText, index) => {
    const tab = lineText.indexOf('\t');
    const gold = tab >= 0 ? lineText.slice(0, tab).trim() : '';
    const rest = tab >= 0 ? lineText.slice(tab + 1) : lineText;
    // A second tab after the label starts the second text; without a label a line is all text.
    const secondTab = tab >= 0 ? rest.indexOf('\t') : -1;
    const text = (secondTab >= 0 ? rest.slice(0, secondTab) : rest).trim();
    const textB = secondTab >= 0 ? rest.slice(secondTab + 1).trim() : '';
    if (text === '') return;
    const example: Example = { text, gold: gold === '' ? null : gold, line: index + 1 };
    if (textB !== '') example.textB = textB;
    examples.push(example);
  });
  return examples;
}

/** Lists examples whose label is not one of the class names (they count as unlabelled). */
export function findExampleIssues(examples: Example[], classNames: string[]): ExampleIssue[] {
  const known = new Set(classNames.map((n) => n.trim()));
  return examples
    .filter((e) => e.gold !== null && !known.has(e.gold))
    .map((e) => ({ code: 'unknownLabel', line: e.line, label: e.gold ?? '' }));
}

/**
 * A stable identity per example: its label and text, plus which repeat of that pair it is. It
 * survives lines added or removed elsewhere, so a training sample stays the same examples.
 */
export function exampleKeys(examples: Array<Pick<Example, 'text' | 'gold'>>): string[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const base = `${e.gold ?? ''}\t${e.text}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return `${base}\t${repeat}`;
  });
}
