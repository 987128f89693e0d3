import { describe, expect, it } from 'vitest';
import { labelWordMass, scoreVerbalizer, splitLabelWords, validateVerbalizer } from './verbalizer';

const cls = (id: string, name: string, labelWords: string) => ({ id, name, labelWords });

describe('splitLabelWords', () => {
  it('splits on Latin and Chinese commas and trims', () => {
    expect(splitLabelWords(' great, good ，好、棒')).toEqual(['great', 'good', '好', '棒']);
    expect(splitLabelWords('  ')).toEqual([]);
    expect(splitLabelWords('great,,good')).toEqual(['great', '', 'good']);
  });
});

describe('validateVerbalizer', () => {
  it('accepts the default verbalizer', () => {
    expect(
      validateVerbalizer([cls('p', 'positive', 'great'), cls('n', 'negative', 'terrible')]),
    ).toEqual([]);
  });

  it('reports every problem a person can make', () => {
    const issues = validateVerbalizer([
      cls('a', 'positive', 'great, good'),
      cls('b', 'positive', ''),
      cls('c', ' ', 'good,,fine'),
    ]);
    expect(issues).toEqual([
      { code: 'duplicateClassName', name: 'positive' },
      { code: 'noLabelWords', classId: 'b' },
      { code: 'emptyClassName', classId: 'c' },
      { code: 'emptyLabelWord', classId: 'c' },
      { code: 'duplicateLabelWord', word: 'good', classIds: ['a', 'c'] },
    ]);
  });

  it('needs two classes', () => {
    expect(validateVerbalizer([cls('a', 'positive', 'great')])).toEqual([
      { code: 'tooFewClasses' },
    ]);
  });
});

describe('scoreVerbalizer', () => {
  const probs = new Float32Array([0.1, 0.2, 0.3, 0.05, 0.35]);

  it('sums each class’s label-word probabilities and normalises over classes', () => {
    const scores = scoreVerbalizer(probs, [
      { name: 'pos', wordIds: [1, 2] },
      { name: 'neg', wordIds: [3] },
    ]);
    expect(scores[0]).toBeCloseTo(0.5 / 0.55, 6);
    expect(scores[1]).toBeCloseTo(0.05 / 0.55, 6);
  });

  it('is uniform rather than NaN when every label word has probability 0', () => {
    expect(
      scoreVerbalizer(new Float32Array([1, 0, 0]), [
        { name: 'a', wordIds: [1] },
        { name: 'b', wordIds: [2] },
      ]),
    ).toEqual([0.5, 0.5]);
  });

  it('reports the mass on label words', () => {
    expect(
      labelWordMass(probs, [
        { name: 'pos', wordIds: [1, 2] },
        { name: 'neg', wordIds: [3] },
      ]),
    ).toBeCloseTo(0.55, 6);
  });
});
