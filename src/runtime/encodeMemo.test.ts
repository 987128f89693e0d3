import { describe, expect, it } from 'vitest';
import { createEncodeMemo, encodeMemoEntryBytes } from './encodeMemo';

describe('the tokenizer memo', () => {
  it('keeps no more bytes than its bound, however long the texts', () => {
    const bound = 1024 * 1024;
    const memo = createEncodeMemo(bound);
    let kept = 0;
    for (let i = 0; i < 200; i++) {
      const text = `${i} ${'long paragraph '.repeat(4000)}`;
      memo.set(
        text,
        Array.from({ length: 8000 }, (_, id) => id),
      );
    }
    for (const [text, ids] of memo.entries()) kept += encodeMemoEntryBytes(text, ids);
    expect(kept).toBeLessThanOrEqual(bound);
    expect(memo.size).toBeGreaterThan(0);
  });

  it('still keeps up to 4096 short texts', () => {
    const memo = createEncodeMemo();
    for (let i = 0; i < 5000; i++) memo.set(`text ${i}`, [i]);
    expect(memo.size).toBe(4096);
    expect(memo.get('text 4999')).toEqual([4999]);
    expect(memo.get('text 0')).toBeUndefined();
  });
});
