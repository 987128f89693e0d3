import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestEntryId,
  differenceTo,
  labelWordsText,
  rankEntries,
  readComparisonEntries,
  samePrompt,
  type ComparisonEntry,
} from './comparison';

const classes = [
  { name: 'positive', words: ['great', 'good'] },
  { name: 'negative', words: ['terrible', 'bad'] },
];

function entry(
  id: string,
  accuracy: number | null,
  macroF1: number | null = null,
): ComparisonEntry {
  return {
    id,
    template: `${id} {text}`,
    classes,
    calibration: 'none',
    accuracy,
    macroF1,
    rows: 10,
    evaluatedOn: 'm/fp32/3:0',
  };
}

const ids = (entries: ComparisonEntry[]) => entries.map((e) => e.id);

describe('labelWordsText', () => {
  it('one class per part, words comma-separated', () => {
    expect(labelWordsText(classes)).toBe('positive: great, good · negative: terrible, bad');
    expect(labelWordsText([])).toBe('');
  });
});

describe('rankEntries', () => {
  const entries = [
    entry('a', 0.5, 0.4),
    entry('b', null, 0.9),
    entry('c', 0.8, 0.2),
    entry('d', 0.5, 0.6),
  ];

  it('sorts by accuracy, stable on ties, unscored last in both directions', () => {
    expect(ids(rankEntries(entries, 'accuracy', 'descending'))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(rankEntries(entries, 'accuracy', 'ascending'))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts by macro-F1', () => {
    expect(ids(rankEntries(entries, 'macroF1', 'descending'))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('does not change the list it is given', () => {
    rankEntries(entries, 'accuracy', 'descending');
    expect(ids(entries)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('bestEntryId', () => {
  it('highest accuracy; then higher macro-F1; then the earlier entry', () => {
    expect(bestEntryId([entry('a', 0.5), entry('b', 0.7), entry('c', 0.6)])).toBe('b');
    expect(bestEntryId([entry('a', 0.7, 0.5), entry('b', 0.7, 0.6)])).toBe('b');
    expect(bestEntryId([entry('a', 0.7, 0.6), entry('b', 0.7, 0.6)])).toBe('a');
    expect(bestEntryId([entry('a', 0.7, null), entry('b', 0.7, 0.1)])).toBe('b');
  });

  it('null when nothing is scored', () => {
    expect(bestEntryId([])).toBeNull();
    expect(bestEntryId([entry('a', null, 0.9)])).toBeNull();
  });
});

describe('differenceTo', () => {
  it('entry minus current; null when either is unknown', () => {
    expect(differenceTo(entry('a', 0.75), { accuracy: 0.5 })).toBe(0.25);
    expect(differenceTo(entry('a', 0.5), { accuracy: 0.75 })).toBe(-0.25);
    expect(differenceTo(entry('a', null), { accuracy: 0.5 })).toBeNull();
    expect(differenceTo(entry('a', 0.5), { accuracy: null })).toBeNull();
  });
});

describe('samePrompt', () => {
  const base = entry('a', 0.5);
  it('equal template, classes and calibration; ids and figures do not matter', () => {
    expect(samePrompt(base, { ...entry('b', 0.9), template: base.template })).toBe(true);
    expect(samePrompt(base, { ...base, template: 'other' })).toBe(false);
    expect(samePrompt(base, { ...base, calibration: 'batch' })).toBe(false);
    expect(samePrompt(base, { ...base, classes: [classes[0]!] })).toBe(false);
    const words = [{ ...classes[0]!, words: ['great'] }, classes[1]!];
    expect(samePrompt(base, { ...base, classes: words })).toBe(false);
    const renamed = [{ ...classes[0]!, name: 'pos' }, classes[1]!];
    expect(samePrompt(base, { ...base, classes: renamed })).toBe(false);
  });
});

describe('readComparisonEntries', () => {
  it('keeps well-formed entries and drops malformed ones and repeated ids', () => {
    const good = entry('a', 0.5, null);
    const stored = [
      good,
      { ...good, id: 'b', calibration: 'sometimes' },
      { ...good, id: 'c', accuracy: 2 },
      { ...good, id: 'd', rows: -1 },
      { ...good, id: 'e', classes: [{ name: 'x', words: [1] }] },
      { ...good, id: 'f', accuracy: undefined },
      null,
      'a',
      { ...good, template: 'again' },
      { ...good, id: 'g', calibration: 'batch', accuracy: 1, macroF1: 0 },
    ];
    const read = readComparisonEntries(stored);
    expect(ids(read)).toEqual(['a', 'g']);
    expect(read[0]).toEqual(good);
  });

  it('never throws, and returns only well-formed entries, for any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())), (stored) => {
        for (const e of readComparisonEntries(stored)) {
          expect(typeof e.id).toBe('string');
          expect(typeof e.template).toBe('string');
          expect(['none', 'contextual', 'batch']).toContain(e.calibration);
          expect(() => labelWordsText(e.classes)).not.toThrow();
        }
      }),
    );
  });

  it('reads back every entry it wrote', () => {
    const figure = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    const arbitraryEntry = fc.record({
      id: fc.string(),
      template: fc.string(),
      classes: fc.array(fc.record({ name: fc.string(), words: fc.array(fc.string()) })),
      calibration: fc.constantFrom('none' as const, 'contextual' as const, 'batch' as const),
      accuracy: figure,
      macroF1: figure,
      rows: fc.nat(),
      evaluatedOn: fc.string(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id }), (entries) => {
        expect(readComparisonEntries(JSON.parse(JSON.stringify(entries)))).toEqual(entries);
      }),
    );
  });
});
