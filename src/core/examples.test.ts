import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleKeys, findExampleIssues, parseExamples } from './examples';

describe('parseExamples', () => {
  it('reads plain and labelled lines and skips blank ones', () => {
    expect(parseExamples('positive\tGreat fun.\n\nJust a sentence.\r\n\tNo label here.')).toEqual([
      { text: 'Great fun.', gold: 'positive', line: 1 },
      { text: 'Just a sentence.', gold: null, line: 3 },
      { text: 'No label here.', gold: null, line: 4 },
    ]);
  });

  it('flags labels that name no class', () => {
    const examples = parseExamples('positive\tA\npostive\tB');
    expect(findExampleIssues(examples, ['positive', 'negative'])).toEqual([
      { code: 'unknownLabel', line: 2, label: 'postive' },
    ]);
  });
});

describe('exampleKeys', () => {
  it('keeps each example’s identity when lines are added above it', () => {
    const before = parseExamples('positive\tGreat.\nnegative\tBad.\npositive\tGreat.');
    const after = parseExamples(
      'new line\npositive\tFine.\n' + 'positive\tGreat.\nnegative\tBad.\npositive\tGreat.',
    );
    const keysBefore = exampleKeys(before);
    const keysAfter = exampleKeys(after);
    expect(keysAfter.slice(2)).toEqual(keysBefore);
    // Repeats of one line stay told apart.
    expect(new Set(keysBefore).size).toBe(3);
  });
});

/** The parser as it was before pair rows: the reference for lines with at most one tab. */
function parseExamplesBefore(raw: string) {
  const examples: Array<{ text: string; gold: string | null; line: number }> = [];
  raw.split(/\r?\n/).forEach((lineText, index) => {
    const tab = lineText.indexOf('\t');
    const gold = tab >= 0 ? lineText.slice(0, tab).trim() : '';
    const text = (tab >= 0 ? lineText.slice(tab + 1) : lineText).trim();
    if (text === '') return;
    examples.push({ text, gold: gold === '' ? null : gold, line: index + 1 });
  });
  return examples;
}

/** One line's worth of text: no line breaks, no tabs. */
const cell = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '好', '.', ',', '\u00a0') });

describe('parseExamples with a second text', () => {
  it('reads label<TAB>text<TAB>text_b as a pair row', () => {
    expect(parseExamples('entailment\tA man sleeps.\t A person rests. ')).toEqual([
      { text: 'A man sleeps.', gold: 'entailment', line: 1, textB: 'A person rests.' },
    ]);
  });

  it('reads plain and label<TAB>text lines exactly as before', () => {
    const line = fc.oneof(
      cell,
      fc.tuple(cell, cell).map(([label, text]) => `${label}\t${text}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const raw = lines.join(eol);
        expect(parseExamples(raw)).toEqual(parseExamplesBefore(raw));
      }),
    );
  });

  it('gives back the label and both texts of any pair line', () => {
    const filled = cell.filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(filled, filled, filled, (label, text, textB) => {
        expect(parseExamples(`${label}\t${text}\t${textB}`)).toEqual([
          { text: text.trim(), gold: label.trim(), line: 1, textB: textB.trim() },
        ]);
      }),
    );
  });

  it('leaves the second text out when it is blank', () => {
    expect(parseExamples('positive\tFine.\t  ')).toEqual([
      { text: 'Fine.', gold: 'positive', line: 1 },
    ]);
  });
});
