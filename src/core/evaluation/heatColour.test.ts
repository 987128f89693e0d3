import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrast, heatColours, luminance, rowShare } from './heatColour';

const rgb = (css: string) => (css.match(/\d+/g) ?? []).map(Number);
const hex = (css: string) => [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));

describe('heatColours', () => {
  it('white for an empty cell, darkest for a whole row', () => {
    expect(heatColours(0).background).toBe('rgb(255, 255, 255)');
    expect(heatColours(1).background).toBe('rgb(0, 80, 140)');
    expect(heatColours(1).text).toBe('#ffffff');
    expect(heatColours(0).text).toBe('#000000');
  });

  it('darker as the share grows', () => {
    const l = [0, 0.25, 0.5, 0.75, 1].map((s) => luminance(rgb(heatColours(s).background)));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
  });

  it('text always meets WCAG AA contrast (4.5:1) against its shade', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1, max: 2 }), fc.constant(NaN)), (share) => {
        const { background, text } = heatColours(share);
        expect(contrast(luminance(rgb(background)), luminance(hex(text)))).toBeGreaterThanOrEqual(
          4.5,
        );
      }),
    );
  });
});

describe('rowShare', () => {
  it('count over row total, 0 for an empty row', () => {
    expect(rowShare(3, 4)).toBe(0.75);
    expect(rowShare(0, 0)).toBe(0);
  });
});
