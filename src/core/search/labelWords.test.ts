import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leaveOneOut,
  rankLabelWords,
  searchAssignments,
  suggestLabelWords,
  type LabelWordRows,
} from './labelWords';
import type { WordToken } from './wordTokens';
import { calibrate, calibrationPrior, type CalibrationMode } from '../evaluation/calibration';
import { argmax } from '../softmax';

const VOCAB = ['[PAD]', '[MASK]', 'good', 'great', 'bad', 'awful', 'film', 'the', 'ok', 'meh'];
const PROPOSABLE: WordToken[] = VOCAB.slice(2).map((word, i) => ({ id: i + 2, word }));

/** A distribution over VOCAB: `mass` on the given tokens, the rest spread evenly. */
function dist(mass: Record<string, number>): Float32Array {
  const out = new Float32Array(VOCAB.length);
  const given = Object.values(mass).reduce((a, b) => a + b, 0);
  const rest = (1 - given) / (VOCAB.length - Object.keys(mass).length);
  VOCAB.forEach((w, id) => (out[id] = mass[w] ?? rest));
  return out;
}

/** Positive rows favour "great" (then "good"), negative rows "awful" (then "bad"); "film" is everywhere. */
const SENTIMENT: LabelWordRows = {
  distributions: [
    dist({ great: 0.5, good: 0.2, film: 0.2 }),
    dist({ great: 0.4, good: 0.3, film: 0.2 }),
    dist({ great: 0.6, good: 0.1, film: 0.2 }),
    dist({ awful: 0.5, bad: 0.2, film: 0.2 }),
    dist({ awful: 0.4, bad: 0.3, film: 0.2 }),
    dist({ awful: 0.3, bad: 0.2, film: 0.3 }),
  ],
  labels: [0, 0, 0, 1, 1, 1],
  classCount: 2,
  contentFree: [],
};

describe('rankLabelWords', () => {
  it('ranks the words a class favours over the other classes first, not words frequent everywhere', () => {
    const [pos, neg] = rankLabelWords(SENTIMENT, PROPOSABLE, 2);
    expect(pos!.map((c) => c.word)).toEqual(['great', 'good']);
    expect(neg!.map((c) => c.word)).toEqual(['awful', 'bad']);
  });

  it('scores a token by its mean log-probability over the class minus over the other rows', () => {
    const [pos] = rankLabelWords(SENTIMENT, PROPOSABLE, 1);
    const mean = (rows: number[]) =>
      rows.reduce((s, r) => s + Math.log(SENTIMENT.distributions[r]![3]!), 0) / rows.length;
    expect(pos![0]!.score).toBeCloseTo(mean([0, 1, 2]) - mean([3, 4, 5]), 10);
  });

  it('skips tokens the caller refuses, floors log(0), and gives a class without rows nothing', () => {
    const rows = { ...SENTIMENT, classCount: 3 };
    rows.distributions = [...SENTIMENT.distributions];
    rows.distributions[0] = dist({ great: 1 - 1e-9 }).map((p) => (p < 1e-6 ? 0 : p));
    const ranked = rankLabelWords(rows, PROPOSABLE, 2, (t) => t.word !== 'good');
    expect(ranked[0]![0]!.word).toBe('great');
    expect(ranked[0]!.map((c) => c.word)).not.toContain('good');
    expect(ranked[0]!.every((c) => Number.isFinite(c.score))).toBe(true);
    expect(ranked[2]).toEqual([]);
  });
});

describe('leaveOneOut', () => {
  it('None: nothing is estimated from the rows, so it is plain accuracy', () => {
    const raw = [
      [0.3, 0.1],
      [0.1, 0.2],
      [0.4, 0.6],
    ];
    // Normalised: [.75,.25] → 0 ✓, [1/3, 2/3] → 1 ✓, [.4,.6] → 1 ✗ (gold 0).
    const figures = leaveOneOut(raw, [0, 1, 0], 'none');
    expect(figures.accuracy).toBeCloseTo(2 / 3, 12);
    expect(figures.meanMargin).toBeCloseTo((0.5 + 1 / 3 - 0.2) / 3, 12);
  });

  it('batch: each row is calibrated by the mean of the other rows (margins by hand)', () => {
    // Held out, row 0 (gold 1) is divided by row 1: (.6/.7, .4/.3) → (9/23, 14/23): margin 5/23;
    // row 1 (gold 0) by row 0: (.7/.6, .3/.4) → (14/23, 9/23): margin 5/23. With the prior over
    // both rows (.65, .35) the margins would be 5/47 each.
    const figures = leaveOneOut(
      [
        [0.6, 0.4],
        [0.7, 0.3],
      ],
      [1, 0],
      'batch',
    );
    expect(figures.accuracy).toBe(1);
    expect(figures.meanMargin).toBeCloseTo(5 / 23, 12);
  });

  it('batch: differs from plain accuracy when the other rows give a class probability 0', () => {
    // Plain prior (29/30, 1/30): row 2 → (.9·30/29, .1·30) → class 1 ✓, all three right.
    // Held out, row 2's prior is (1, 0): class 1 is ruled out → class 0 ✗: 2/3.
    const raw = [
      [1, 0],
      [1, 0],
      [0.9, 0.1],
    ];
    expect(leaveOneOut(raw, [0, 0, 1], 'batch').accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('batch: with positive priors the held-out prediction equals the plain batch one', () => {
    const share = fc.double({ min: 0.01, max: 1, noNaN: true });
    const row = fc.tuple(share, share);
    fc.assert(
      fc.property(fc.array(fc.tuple(row, fc.nat(1)), { minLength: 2, maxLength: 8 }), (data) => {
        const raw = data.map(([[a, b]]) => [a, b]);
        const gold = data.map(([, g]) => g);
        const norm = raw.map(([a, b]) => [a! / (a! + b!), b! / (a! + b!)]);
        const mean = [0, 1].map((c) => norm.reduce((s, p) => s + p[c]!, 0) / norm.length);
        // Exact ties fall either way with rounding: only clear decisions are compared.
        fc.pre(norm.every((p) => Math.abs(p[1]! / mean[1]! - p[0]! / mean[0]!) > 1e-9));
        const plain =
          norm.filter((p, r) => (p[1]! / mean[1]! > p[0]! / mean[0]! ? 1 : 0) === gold[r]).length /
          norm.length;
        expect(leaveOneOut(raw, gold, 'batch').accuracy).toBeCloseTo(plain, 12);
      }),
    );
  });

  it('predicts each held-out row as the app does: its calibrationPrior of the other rows, calibrate, argmax', () => {
    // Zeros and ordinary probabilities; no subnormals, where (sum − own) / (n − 1) and the mean
    // of the others round apart.
    const score = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true }));
    const modes: CalibrationMode[] = ['none', 'contextual', 'batch'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(score, { minLength: 3, maxLength: 3 }), fc.nat(2)), {
          minLength: 1,
          maxLength: 7,
        }),
        fc.array(fc.array(score, { minLength: 3, maxLength: 3 }), { maxLength: 2 }),
        fc.constantFrom(...modes),
        (data, contentFree, mode) => {
          const norm = (raw: number[]) => {
            const total = raw.reduce((a, b) => a + b, 0);
            return total > 0 ? raw.map((v) => v / total) : raw.map(() => 1 / raw.length);
          };
          const probs = data.map(([raw]) => norm(raw));
          const gold = data.map(([, g]) => g);
          let correct = 0;
          probs.forEach((p, r) => {
            const others = probs.filter((_, s) => s !== r);
            const prior = calibrationPrior(mode, others, contentFree.map(norm));
            const q = prior ? calibrate(p, prior) : p;
            // Exact ties (equal scores are common here) fall either way with rounding.
            const [top = 0, next = 0] = [...q].sort((a, b) => b - a);
            fc.pre(top - next > 1e-9);
            if (argmax(q) === gold[r]) correct++;
          });
          const figures = leaveOneOut(
            data.map(([raw]) => raw),
            gold,
            mode,
            contentFree,
          );
          expect(figures.accuracy).toBe(correct / probs.length);
        },
      ),
    );
  });

  it('contextual: divides by the mean of the content-free inputs', () => {
    // Content-free mean (.8, .2): row (.7, .3) → (.875, 1.5) → class 1.
    const figures = leaveOneOut([[0.7, 0.3]], [1], 'contextual', [
      [0.9, 0.1],
      [0.7, 0.3],
    ]);
    expect(figures.accuracy).toBe(1);
  });
});

describe('searchAssignments', () => {
  it('finds the assignment that separates the classes on the synthetic rows', () => {
    const result = suggestLabelWords(SENTIMENT, PROPOSABLE, { k: 3 });
    expect(result.assignments[0]).toMatchObject({ words: ['great', 'awful'], accuracy: 1 });
    expect(result.assignments[0]!.tokenIds).toEqual([3, 5]);
  });

  it('breaks accuracy ties by mean margin', () => {
    // Both assignments are right on every row; "great"/"awful" separate the rows more widely.
    const candidates = [
      [
        { word: 'good', tokenId: 2, score: 1 },
        { word: 'great', tokenId: 3, score: 0.5 },
      ],
      [
        { word: 'bad', tokenId: 4, score: 1 },
        { word: 'awful', tokenId: 5, score: 0.5 },
      ],
    ];
    const rows: LabelWordRows = {
      ...SENTIMENT,
      distributions: [
        dist({ great: 0.6, good: 0.2, bad: 0.1, awful: 0.05 }),
        dist({ great: 0.05, good: 0.1, bad: 0.2, awful: 0.6 }),
      ],
      labels: [0, 1],
    };
    const [first, second] = searchAssignments(rows, candidates, { top: 4 });
    expect(first!.accuracy).toBe(second!.accuracy);
    expect(first!.words).toEqual(['great', 'awful']);
    expect(first!.meanMargin).toBeGreaterThan(second!.meanMargin);
  });

  it('never gives two classes the same word', () => {
    const shared = { word: 'film', tokenId: 6, score: 1 };
    const assignments = searchAssignments(SENTIMENT, [[shared], [shared]]);
    expect(assignments).toEqual([]);
  });

  it('beam search finds what the exhaustive search finds when the beam holds every branch', () => {
    const classCount = 4;
    const row = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: VOCAB.length,
      maxLength: VOCAB.length,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, fc.nat(classCount - 1)), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('none', 'batch', 'contextual') as fc.Arbitrary<
          'none' | 'batch' | 'contextual'
        >,
        (data, calibration) => {
          const distributions = data.map(([d]) => Float32Array.from(d));
          const rows: LabelWordRows = {
            distributions,
            labels: data.map(([, g]) => g),
            classCount,
            contentFree: distributions.slice(0, 1),
          };
          const candidates = rankLabelWords(rows, PROPOSABLE, 3);
          if (candidates.some((c) => c.length === 0)) return;
          const options = { top: 1, calibration, beamWidth: 1000 };
          const beam = searchAssignments(rows, candidates, { ...options, strategy: 'beam' });
          const all = searchAssignments(rows, candidates, { ...options, strategy: 'exhaustive' });
          expect(beam.map((a) => [a.accuracy, a.meanMargin])).toEqual(
            all.map((a) => [a.accuracy, a.meanMargin]),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the planted words among a 30,000-token vocabulary', () => {
    const size = 30_000;
    const proposable = Array.from({ length: size }, (_, id) => ({ id, word: `w${id}` }));
    const distributions = Array.from({ length: 64 }, (_, r) => {
      const d = new Float32Array(size).fill(0.5 / size);
      d[(r % 4) * 7] = 0.5;
      return d;
    });
    const labels = distributions.map((_, r) => r % 4);
    const result = suggestLabelWords(
      { distributions, labels, classCount: 4, contentFree: [] },
      proposable,
    );
    expect(result.candidates.map((c) => c.length)).toEqual([20, 20, 20, 20]);
    expect(result.assignments[0]!.tokenIds).toEqual([0, 7, 14, 21]);
    expect(result.assignments[0]!.accuracy).toBe(1);
  });
});
