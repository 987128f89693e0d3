import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkSizer, DEFAULT_CHUNK_SIZER } from './chunkSizer';

/** Runs the sizer against a simulated model for `chunks` chunks and answers its next budget. */
function settle(fixedMs: number, perTokenMs: number, chunks = 30): ChunkSizer {
  const sizer = new ChunkSizer(DEFAULT_CHUNK_SIZER);
  for (let k = 0; k < chunks; k++) {
    const tokens = sizer.nextTokens();
    sizer.record(tokens, fixedMs + perTokenMs * tokens);
  }
  return sizer;
}

describe('ChunkSizer', () => {
  it('starts small, before anything was measured', () => {
    expect(new ChunkSizer().nextTokens()).toBe(DEFAULT_CHUNK_SIZER.firstTokens);
  });

  it('settles on chunks of the target time when the fixed part is small', () => {
    // 8 ms per run plus 0.5 ms per padded token: 150 ms fit (150 − 8) / 0.5 = 284 tokens.
    const tokens = settle(8, 0.5).nextTokens();
    expect(tokens).toBeGreaterThanOrEqual(280);
    expect(tokens).toBeLessThanOrEqual(285);
  });

  it('grows chunks until the fixed part is at most a fifth of a chunk when it is large', () => {
    // 200 ms per run (BERT-base q8 in WASM here) plus 2 ms per token: a 1,000 ms chunk, 400 tokens.
    const sizer = settle(200, 2);
    expect(sizer.cost()?.fixedMs).toBeCloseTo(200, 0);
    expect(sizer.nextTokens()).toBeGreaterThanOrEqual(395);
    expect(sizer.nextTokens()).toBeLessThanOrEqual(400);
  });

  it('finds both parts of any cost from varied chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        (fixedMs, perTokenMs) => {
          const sizer = new ChunkSizer();
          for (const tokens of [64, 100, 300, 40])
            sizer.record(tokens, fixedMs + perTokenMs * tokens);
          const cost = sizer.cost();
          expect(cost?.fixedMs).toBeCloseTo(fixedMs, 3);
          expect(cost?.perTokenMs).toBeCloseTo(perTokenMs, 5);
          // A chunk then takes the target time or keeps the fixed part under its share.
          // (The budget is rounded down to whole tokens.)
          const tokens = sizer.nextTokens() + 1;
          const ms = fixedMs + perTokenMs * tokens;
          if (tokens > DEFAULT_CHUNK_SIZER.minTokens)
            expect(fixedMs / ms).toBeLessThanOrEqual(DEFAULT_CHUNK_SIZER.maxOverheadShare + 1e-6);
        },
      ),
    );
  });

  it('never goes under its minimum, and ignores nonsense measurements', () => {
    const sizer = new ChunkSizer({ ...DEFAULT_CHUNK_SIZER, targetMs: 10 });
    sizer.record(4, 1000);
    expect(sizer.nextTokens()).toBe(DEFAULT_CHUNK_SIZER.minTokens);
    sizer.record(0, 5);
    sizer.record(10, Number.NaN);
    sizer.record(10, -1);
    expect(sizer.cost()).toEqual({ fixedMs: 0, perTokenMs: 250 });
  });
});
