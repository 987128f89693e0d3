import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paddingOf, planChunks, type ChunkBudget } from './chunkPlan';

const lengthsArb = fc.array(fc.integer({ min: 1, max: 128 }), { minLength: 0, maxLength: 120 });
const budgetArb = fc.record({
  maxTokens: fc.integer({ min: 1, max: 2048 }),
  maxSequences: fc.integer({ min: 1, max: 64 }),
  maxPaddingShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

function planWithPriority() {
  return lengthsArb.chain((lengths) =>
    fc.record({
      lengths: fc.constant(lengths),
      // Indices in and out of range, repeats included: the planner must ignore what is not a row.
      priority: fc.array(fc.integer({ min: -3, max: lengths.length + 3 }), { maxLength: 30 }),
      budget: budgetArb,
    }),
  );
}

const validPriority = (priority: number[], count: number) => [
  ...new Set(priority.filter((i) => i >= 0 && i < count)),
];

describe('planChunks', () => {
  it('plans every sequence exactly once', () => {
    fc.assert(
      fc.property(planWithPriority(), ({ lengths, priority, budget }) => {
        const flat = planChunks(lengths, priority, budget).flat();
        expect([...flat].sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
      }),
    );
  });

  it('keeps each chunk within the budget unless it holds a single sequence', () => {
    fc.assert(
      fc.property(planWithPriority(), ({ lengths, priority, budget }) => {
        for (const chunk of planChunks(lengths, priority, budget)) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(budget.maxSequences);
          const own = chunk.map((i) => lengths[i] ?? 0);
          const padded = Math.max(...own) * chunk.length;
          const padding = padded - own.reduce((a, b) => a + b, 0);
          if (chunk.length === 1) continue;
          expect(padded).toBeLessThanOrEqual(budget.maxTokens);
          expect(padding).toBeLessThanOrEqual(budget.maxPaddingShare * padded + 1e-9);
        }
      }),
    );
  });

  it('plans the most urgent row in the first chunk and all priority rows before the others', () => {
    fc.assert(
      fc.property(planWithPriority(), ({ lengths, priority, budget }) => {
        const urgent = validPriority(priority, lengths.length);
        const chunks = planChunks(lengths, priority, budget);
        if (urgent.length > 0) expect(chunks[0]).toContain(urgent[0]);
        const order = chunks.flat();
        const lastUrgent = Math.max(-1, ...urgent.map((i) => order.indexOf(i)));
        const firstOther = order.findIndex((i) => !urgent.includes(i));
        if (firstOther >= 0) expect(lastUrgent).toBeLessThan(firstOther);
      }),
    );
  });

  it('orders the other rows by length, so neighbours in a chunk have similar lengths', () => {
    fc.assert(
      fc.property(lengthsArb, budgetArb, (lengths, budget) => {
        const order = planChunks(lengths, [], budget).flat();
        const sorted = order.map((i) => lengths[i] ?? 0);
        expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
      }),
    );
  });

  it('pads under 5% of the tokens on sentence-like lengths', () => {
    const sentences = fc.array(fc.integer({ min: 8, max: 64 }), { minLength: 32, maxLength: 400 });
    const budget: ChunkBudget = { maxTokens: 256, maxSequences: 150, maxPaddingShare: 0.05 };
    fc.assert(
      fc.property(sentences, fc.integer({ min: 0, max: 31 }), (lengths, selected) => {
        // The selected row and a screenful of rows come first, as the app asks.
        const priority = [selected, ...Array.from({ length: 20 }, (_, k) => k)];
        const { tokens, paddedTokens } = paddingOf(lengths, planChunks(lengths, priority, budget));
        expect(paddedTokens / (tokens + paddedTokens)).toBeLessThan(0.05);
      }),
    );
  });

  it('pads far more when the rows run in display order (why it sorts)', () => {
    const lengths = Array.from({ length: 200 }, (_, i) => 8 + ((i * 37) % 57));
    const inOrder = Array.from({ length: 25 }, (_, c) =>
      Array.from({ length: 8 }, (_, k) => c * 8 + k),
    );
    const unsorted = paddingOf(lengths, inOrder);
    const planned = paddingOf(
      lengths,
      planChunks(lengths, [], { maxTokens: 512, maxSequences: 8, maxPaddingShare: 1 }),
    );
    expect(unsorted.paddedTokens / (unsorted.tokens + unsorted.paddedTokens)).toBeGreaterThan(0.2);
    expect(planned.paddedTokens / (planned.tokens + planned.paddedTokens)).toBeLessThan(0.05);
  });
});

describe('paddingOf', () => {
  it('counts the tokens each chunk adds to reach its longest sequence', () => {
    expect(paddingOf([3, 5, 4], [[0, 1], [2]])).toEqual({ tokens: 12, paddedTokens: 2 });
  });
});
