/** Guesses which columns hold the text, the label and a second text. Pure. */
import { cellValue } from './cells';
import type { ColumnChoice, ParsedTable } from './types';

/** Header names of a text column, in order of preference. */
const TEXT_NAMES = ['text', 'sentence', 'review', 'content', 'comment'];
/** Header names of a label column, in order of preference. */
const LABEL_NAMES = ['label', 'labels', 'class', 'category', 'sentiment', 'y'];
/** Second-text columns of pair tasks and the first-text names each pairs with. */
const PAIRS: Array<{ second: string; firsts: string[] }> = [
  { second: 'text_b', firsts: ['text_a', 'text'] },
  { second: 'sentence2', firsts: ['sentence1', 'sentence'] },
  { second: 'text2', firsts: ['text1', 'text'] },
  { second: 'hypothesis', firsts: ['premise'] },
  { second: 'question2', firsts: ['question1'] },
];
/** First-text names of pair tasks, preferred after TEXT_NAMES. */
const PAIR_FIRST_NAMES = ['sentence1', 'text_a', 'text1', 'premise', 'question1'];

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * Picks the text column (a header named text, sentence, review, content, comment, or a pair task's
 * first text, else the column with the longest mean text), the label column (label, labels, class,
 * category, sentiment, y, else null) and the second text of a pair (text_b, sentence2, text2,
 * hypothesis, question2 beside its partner, else null). A table without columns gets text ''.
 */
export function detectColumns(table: ParsedTable): ColumnChoice {
  const byName = (names: string[]) => {
    for (const name of names) {
      const column = table.columns.find((c) => normalise(c) === name);
      if (column !== undefined) return column;
    }
    return null;
  };
  const label = byName(LABEL_NAMES);
  const text =
    byName(TEXT_NAMES) ??
    byName(PAIR_FIRST_NAMES) ??
    longestTextColumn(
      table,
      table.columns.filter((c) => c !== label),
    ) ??
    '';
  const pair = PAIRS.find((p) => p.firsts.includes(normalise(text)));
  const textB = pair ? byName([pair.second]) : null;
  return { text, label, textB };
}

/** The column with the longest mean cell length (the first on ties), or null if there is none. */
function longestTextColumn(table: ParsedTable, columns: string[]): string | null {
  let best: string | null = null;
  let bestLength = -1;
  for (const column of columns) {
    let total = 0;
    for (const row of table.rows) total += cellValue(row, column).length;
    const mean = table.rows.length > 0 ? total / table.rows.length : 0;
    if (mean > bestLength) [best, bestLength] = [column, mean];
  }
  return best;
}
