import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricsCsv, predictionsCsv } from './exportCsv';
import { evaluate } from './metrics';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;

describe('predictionsCsv', () => {
  it('survives commas, quotes, newlines, Chinese and emoji', () => {
    const rows = [
      {
        text: 'Great, "really" great\nsecond line',
        gold: 'positive',
        predicted: 'positive',
        probs: [0.9, 0.1],
      },
      { text: '这部电影很好看 👍', gold: null, predicted: '负面, bad', probs: [0.25, 0.75] },
    ];
    const parsed = parse(predictionsCsv(rows, ['positive', '负面, bad']));
    expect(parsed).toEqual([
      ['text', 'gold', 'predicted', 'correct', 'p(positive)', 'p(负面, bad)'],
      ['Great, "really" great\nsecond line', 'positive', 'positive', '1', '0.9', '0.1'],
      ['这部电影很好看 👍', '', '负面, bad', '', '0.25', '0.75'],
    ]);
  });

  it('marks a wrong prediction 0', () => {
    const parsed = parse(
      predictionsCsv([{ text: 'x', gold: 'a', predicted: 'b', probs: [0.4, 0.6] }], ['a', 'b']),
    );
    expect(parsed[1]![3]).toBe('0');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const parsed = parse(
      predictionsCsv([{ text: '=HYPERLINK("x")', gold: '+1', predicted: '-1', probs: [1] }], ['a']),
    );
    expect(parsed[1]!.slice(0, 3)).toEqual(['\'=HYPERLINK("x")', "'+1", "'-1"]);
  });

  it('round-trips any text that does not start like a formula', () => {
    const text = fc.string({ unit: 'binary' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const rows = texts.map((t) => ({ text: t, gold: null, predicted: 'a', probs: [1] }));
        const parsed = Papa.parse<string[]>(predictionsCsv(rows, ['a'])).data;
        expect(parsed.slice(1).map((r) => r[0])).toEqual(texts);
      }),
    );
  });
});

describe('metricsCsv', () => {
  it('writes every figure in long form; unknown figures are empty', () => {
    // gold 0 → predicted 0, 1; gold 1 → 1. Class 0: P 1, R 1/2, F1 2/3; class 1: P 1/2, R 1, F1 2/3.
    const m = evaluate([0, 1, 1], [0, 0, 1], 3);
    const parsed = parse(
      metricsCsv(m, ['好', 'bad, "really"', 'none'], {
        calibration: 'batch',
        uncalibratedAccuracy: null,
      }),
    );
    expect(parsed[0]).toEqual(['metric', 'class', 'predicted_class', 'value']);
    const row = (metric: string, cls = '', predicted = '') =>
      parsed.find((r) => r[0] === metric && r[1] === cls && r[2] === predicted)?.[3];
    expect(row('rows')).toBe('3');
    expect(row('calibration')).toBe('batch');
    expect(Number(row('accuracy'))).toBeCloseTo(2 / 3, 12);
    expect(row('uncalibrated_accuracy')).toBe('');
    expect(Number(row('macro_f1'))).toBeCloseTo(2 / 3, 12);
    expect(row('precision', '好')).toBe('1');
    expect(row('recall', '好')).toBe('0.5');
    expect(row('precision', 'bad, "really"')).toBe('0.5');
    expect(row('precision', 'none')).toBe('');
    expect(row('support', 'none')).toBe('0');
    expect(row('confusion', '好', 'bad, "really"')).toBe('1');
    expect(row('confusion', '好', '好')).toBe('1');
    expect(parsed.filter((r) => r[0] === 'confusion')).toHaveLength(9);
  });
});
