import { describe, expect, it } from 'vitest';
import { detectNewline, indexLines } from './lines';

describe('indexLines', () => {
  it('counts \\r\\n, \\r and \\n as one break each', () => {
    const text = 'a\r\nb\rc\nd';
    const lines = indexLines(text);
    expect([...'abcd'].map((c) => lines.lineAt(text.indexOf(c)))).toEqual([1, 2, 3, 4]);
    expect(lines.lineAt(1)).toBe(1); // the \r of a \r\n belongs to its line
    expect(lines.nextLineStart(0)).toBe(3);
    expect(lines.nextLineStart(text.length - 1)).toBe(text.length);
  });
});

describe('detectNewline', () => {
  it('takes the first line break outside quotes', () => {
    expect(detectNewline('"a\nb",c\r\nd')).toBe('\r\n');
    expect(detectNewline('a\rb')).toBe('\r');
    expect(detectNewline('a\nb\r\n')).toBe('\n');
    expect(detectNewline('one line')).toBe('\n');
  });
});
