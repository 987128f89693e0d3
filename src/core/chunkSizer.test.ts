import { describe, expect, it } from 'vitest';
import { ChunkSizer } from './chunkSizer';

describe('ChunkSizer', () => {
  it('starts small, before anything was measured', () => {
    expect(
      new ChunkSizer({
        targetMs: 150,
        firstTokens: 64,
        minTokens: 16,
        smoothing: 0.5,
      }).nextTokens(),
    ).toBe(64);
  });

  it('settles on chunks that take the target time when a run costs a fixed part plus a part per token', () => {
    // Simulated model: 8 ms per run plus 0.5 ms per padded token: 150 ms fit (150 − 8) / 0.5 = 284.
    const sizer = new ChunkSizer({ targetMs: 150, firstTokens: 64, minTokens: 16, smoothing: 0.5 });
    for (let k = 0; k < 30; k++) {
      const tokens = sizer.nextTokens();
      sizer.record(tokens, 8 + 0.5 * tokens);
    }
    expect(sizer.nextTokens()).toBeGreaterThanOrEqual(280);
    expect(sizer.nextTokens()).toBeLessThanOrEqual(285);
  });

  it('never goes under its minimum, and ignores nonsense measurements', () => {
    const sizer = new ChunkSizer({ targetMs: 10, firstTokens: 64, minTokens: 16, smoothing: 1 });
    sizer.record(4, 1000);
    expect(sizer.nextTokens()).toBe(16);
    sizer.record(0, 5);
    sizer.record(10, Number.NaN);
    sizer.record(10, -1);
    expect(sizer.nextTokens()).toBe(16);
  });
});
