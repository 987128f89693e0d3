import { describe, expect, it } from 'vitest';
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
