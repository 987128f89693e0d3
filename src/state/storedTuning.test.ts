import { describe, expect, it } from 'vitest';
import { tuningFingerprint } from '../core/tuning/fingerprint';
import { readHead, readTuning } from './storedTuning';

const head = {
  params: [0.1, 0.2, 0.3, 0.4],
  hidden: 1,
  wordCount: 2,
  model: 'cloze-mini',
  dtype: 'fp32',
  fingerprint: tuningFingerprint(
    '{text} It was [MASK].',
    [{ name: 'positive', words: ['great'] }],
    true,
  ),
  trainIndices: [0, 3],
};

describe('stored tuning', () => {
  it('reads a saved head back', () => {
    expect(readHead(JSON.parse(JSON.stringify(head)))).toEqual(head);
  });

  it.each([
    { ...head, params: [0.1] },
    { ...head, params: [0.1, 0.2, 'x', 0.4] },
    { ...head, model: 3 },
    { ...head, trainIndices: 'all' },
    null,
  ])('refuses a head whose shape does not hold (%#)', (value) => {
    expect(readHead(value)).toBeNull();
  });

  it('keeps valid settings and drops malformed ones', () => {
    const settings = { shots: 4, epochs: 30, learningRate: 0.002, l2: 0.01, batchSize: 8, seed: 1 };
    expect(readTuning({ settings, useTuned: true }).settings).toEqual(settings);
    expect(readTuning({ settings: { ...settings, epochs: 'many' } }).settings).toBeUndefined();
  });

  it('fingerprints differ when the template, words or spacing differ', () => {
    const base = tuningFingerprint(
      '{text} It was [MASK].',
      [{ name: 'p', words: ['great'] }],
      true,
    );
    expect(
      tuningFingerprint('{text} It is [MASK].', [{ name: 'p', words: ['great'] }], true),
    ).not.toBe(base);
    expect(
      tuningFingerprint('{text} It was [MASK].', [{ name: 'p', words: ['good'] }], true),
    ).not.toBe(base);
    expect(
      tuningFingerprint('{text} It was [MASK].', [{ name: 'p', words: ['great'] }], false),
    ).not.toBe(base);
  });
});
