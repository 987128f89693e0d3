import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paddingOf, planChunks, type ChunkBudget } from './chunkPlan';

const lengthsArb = fc.array(fc.integer({ min: 1, max: 128 }), { minLength: 0, maxLength: 120 });
const budgetArb = fc.record({
  maxTokens: fc.integer({ min: 1, max: 2048 }),
  maxSequences: fc.integer({ min: 1, max: 64 }),
  runCostTokens: fc.double({ min: 0, max: 1000, noNaN: true }),
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
          const padded = Math.max(...chunk.map((i) => lengths[i] ?? 0)) * chunk.length;
          if (chunk.length > 1) expect(padded).toBeLessThanOrEqual(budget.maxTokens);
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

  it('costs no more than greedy filling or one run per sequence (runs × run cost + padded tokens)', () => {
    fc.assert(
      fc.property(lengthsArb, budgetArb, (lengths, budget) => {
        const cost = (chunks: number[][]) =>
          chunks.length * budget.runCostTokens +
          chunks.reduce((n, c) => n + c.length * Math.max(...c.map((i) => lengths[i] ?? 0)), 0);
        const sorted = lengths
          .map((_, i) => i)
          .sort((a, b) => (lengths[a] ?? 0) - (lengths[b] ?? 0));
        const greedy: number[][] = [];
        for (const i of sorted) {
          const last = greedy.at(-1);
          const fits =
            last !== undefined &&
            last.length < budget.maxSequences &&
            (last.length + 1) * (lengths[i] ?? 0) <= budget.maxTokens;
          if (fits) last.push(i);
          else greedy.push([i]);
        }
        const planned = cost(planChunks(lengths, [], budget));
        expect(planned).toBeLessThanOrEqual(cost(greedy) + 1e-6);
        expect(planned).toBeLessThanOrEqual(cost(sorted.map((i) => [i])) + 1e-6);
      }),
    );
  });

  it('pads under 5% of the tokens on 200+ sentence-like lengths at a real run cost', () => {
    const sentences = fc.array(fc.integer({ min: 16, max: 126 }), {
      minLength: 200,
      maxLength: 400,
    });
    // BERT-base q8 in WASM here: ~200 ms per run and ~2 ms per token, so a run costs ~100 tokens.
    const budget: ChunkBudget = { maxTokens: 400, maxSequences: 150, runCostTokens: 100 };
    fc.assert(
      fc.property(sentences, fc.integer({ min: 0, max: 199 }), (lengths, selected) => {
        // The selected row and a screenful of rows come first, as the app asks.
        const priority = [selected, ...Array.from({ length: 16 }, (_, k) => k)];
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
      planChunks(lengths, [], { maxTokens: 512, maxSequences: 8, runCostTokens: 100 }),
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
