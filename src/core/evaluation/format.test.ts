import { describe, expect, it } from 'vitest';
import { formatDifference, formatMetric } from './format';

describe('formatMetric', () => {
  it('three decimals, a dash when unknown', () => {
    expect(formatMetric(0.875)).toBe('0.875');
    expect(formatMetric(1)).toBe('1.000');
    expect(formatMetric(2 / 3)).toBe('0.667');
    expect(formatMetric(null)).toBe('—');
    expect(formatMetric(NaN)).toBe('—');
  });
});

describe('formatDifference', () => {
  it('always shows the sign', () => {
    expect(formatDifference(0.125)).toBe('+0.125');
    expect(formatDifference(-0.05)).toBe('-0.050');
    expect(formatDifference(0)).toBe('±0.000');
    expect(formatDifference(-0.0001)).toBe('±0.000');
    expect(formatDifference(null)).toBe('—');
  });
});
