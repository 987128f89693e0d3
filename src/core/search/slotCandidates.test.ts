import { describe, expect, it } from 'vitest';
import { probeRows, rankSlotCandidates } from './slotCandidates';

const proposable = [
  { id: 0, word: 'was' },
  { id: 1, word: 'is' },
  { id: 2, word: 'seems' },
  { id: 3, word: 'Was' },
  { id: 4, word: 'looks' },
];

describe('rankSlotCandidates', () => {
  it('ranks by mean log-probability over the rows, not by mean probability', () => {
    // 'is' wins one row by far and is near zero on the other; 'seems' is steady on both.
    const rows = [
      Float32Array.from([0.1, 0.8, 0.05, 0, 0.02]),
      Float32Array.from([0.1, 0.001, 0.05, 0, 0.02]),
    ];
    expect(rankSlotCandidates(rows, proposable, 'was', 3)).toEqual(['seems', 'is', 'looks']);
  });

  it('never proposes the slot word itself, in any case', () => {
    const rows = [Float32Array.from([0.5, 0.1, 0.1, 0.2, 0.1])];
    expect(rankSlotCandidates(rows, proposable, 'WAS', 5)).toEqual(['is', 'seems', 'looks']);
  });

  it('proposes nothing without rows', () => {
    expect(rankSlotCandidates([], proposable, 'was', 3)).toEqual([]);
  });
});

describe('probeRows', () => {
  it('takes rows from each class in turn, up to the cap', () => {
    const gold = [0, 0, 0, 0, 1, 1, 2];
    expect(probeRows([0, 1, 2, 3, 4, 5, 6], (r) => gold[r] ?? -1, 5)).toEqual([0, 4, 6, 1, 5]);
  });

  it('keeps every row when there are fewer than the cap', () => {
    expect(probeRows([3, 1], () => 0, 32)).toEqual([3, 1]);
  });
});
