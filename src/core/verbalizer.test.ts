import { describe, expect, it } from 'vitest';
import {
  labelWordMass,
  scoreLabelWord,
  scoreVerbalizer,
  splitLabelWords,
  validateVerbalizer,
} from './verbalizer';

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
    const scores = scoreVerbalizer(
      [probs],
      [
        { name: 'pos', words: [[1], [2]] },
        { name: 'neg', words: [[3]] },
      ],
    );
    expect(scores[0]).toBeCloseTo(0.5 / 0.55, 6);
    expect(scores[1]).toBeCloseTo(0.05 / 0.55, 6);
  });

  it('is uniform rather than NaN when every label word has probability 0', () => {
    expect(
      scoreVerbalizer(
        [new Float32Array([1, 0, 0])],
        [
          { name: 'a', words: [[1]] },
          { name: 'b', words: [[2]] },
        ],
      ),
    ).toEqual([0.5, 0.5]);
  });

  it('reports the mass on label words', () => {
    expect(
      labelWordMass(
        [probs],
        [
          { name: 'pos', words: [[1], [2]] },
          { name: 'neg', words: [[3]] },
        ],
      ),
    ).toBeCloseTo(0.55, 6);
  });
});

describe('multi-piece label words (PET)', () => {
  // Two masks: distributions over a 4-token vocabulary at mask 1 and mask 2.
  const first = new Float32Array([0.1, 0.6, 0.2, 0.1]);
  const second = new Float32Array([0.25, 0.25, 0.4, 0.1]);

  it('scores a word by the mean log-probability of its pieces, mask by mask', () => {
    // pieces [1, 2]: exp((ln 0.6 + ln 0.4) / 2) = sqrt(0.24)
    expect(scoreLabelWord([first, second], [1, 2])).toBeCloseTo(Math.sqrt(0.6 * 0.4), 6);
    // a one-piece word only looks at the first mask
    expect(scoreLabelWord([first, second], [2])).toBeCloseTo(0.2, 6);
  });

  it('combines words of different lengths into class probabilities', () => {
    const a = Math.sqrt(0.6 * 0.4) + 0.1; // words [1,2] and [3]
    const b = Math.sqrt(0.2 * 0.25); // word [2,0]
    const scores = scoreVerbalizer(
      [first, second],
      [
        { name: 'a', words: [[1, 2], [3]] },
        { name: 'b', words: [[2, 0]] },
      ],
    );
    expect(scores[0]).toBeCloseTo(a / (a + b), 6);
    expect(scores[1]).toBeCloseTo(b / (a + b), 6);
  });
});
