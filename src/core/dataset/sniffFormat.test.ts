import { describe, expect, it } from 'vitest';
import { chooseFormat, formatFromFileName, sniffFormat } from './sniffFormat';

describe('formatFromFileName', () => {
  it('reads the extension, case-insensitively', () => {
    expect(formatFromFileName('a.CSV')).toBe('csv');
    expect(formatFromFileName('dir.v2/a.tab')).toBe('tsv');
    expect(formatFromFileName('a.tsv')).toBe('tsv');
    expect(formatFromFileName('a.ndjson')).toBe('jsonl');
    expect(formatFromFileName('a.json')).toBe('jsonl');
    expect(formatFromFileName('a.txt')).toBeNull();
    expect(formatFromFileName('constructor')).toBeNull();
    expect(formatFromFileName('a.constructor')).toBeNull();
    expect(formatFromFileName(undefined)).toBeNull();
  });
});

describe('sniffFormat', () => {
  it('reads JSONL from a first non-empty line starting with {', () => {
    expect(sniffFormat('\n\n  {"text": "a,b\tc"}')).toBe('jsonl');
  });

  it('reads TSV from tabs outside quotes in the first record (a spreadsheet paste)', () => {
    expect(sniffFormat('sentence\tlabel\nhello, world\t1')).toBe('tsv');
    expect(sniffFormat('"a, b"\tlabel\n')).toBe('tsv');
    expect(sniffFormat('review, short\tstars\tlabel\n')).toBe('tsv');
  });

  it('reads CSV otherwise', () => {
    expect(sniffFormat('text,label\na\tb,1')).toBe('csv');
    expect(sniffFormat('"a\tb",label\n')).toBe('csv');
    expect(sniffFormat('')).toBe('csv');
  });
});

describe('chooseFormat', () => {
  it('trusts the extension over the content, and sniffs .txt', () => {
    expect(chooseFormat('a\tb', 'x.csv')).toBe('csv');
    expect(chooseFormat('a\tb', 'x.txt')).toBe('tsv');
  });
});
