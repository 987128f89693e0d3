import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrast, luminance } from '../evaluation/heatColour';
import { dropColours } from './dropColours';

const rgb = (css: string) => (css.match(/\d+/g) ?? []).map(Number);
const hex = (css: string) => [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));

describe('dropColours', () => {
  it('shades support blue, opposition orange, no drop white', () => {
    expect(dropColours(0, 0.5).background).toBe('rgb(255, 255, 255)');
    const [r1, , b1] = rgb(dropColours(0.5, 0.5).background);
    expect(b1).toBeGreaterThan(r1 ?? 0);
    const [r2, , b2] = rgb(dropColours(-0.5, 0.5).background);
    expect(r2).toBeGreaterThan(b2 ?? 0);
  });

  it('keeps text readable (WCAG AA, 4.5:1) on every shade, checked in steps of 1/2000', () => {
    for (let step = -2000; step <= 2000; step++) {
      const { background, text } = dropColours(step / 2000, 1);
      expect(contrast(luminance(rgb(background)), luminance(hex(text)))).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('keeps text readable (WCAG AA, 4.5:1) on every shade (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (drop) => {
        const { background, text } = dropColours(drop, 0.4);
        expect(contrast(luminance(rgb(background)), luminance(hex(text)))).toBeGreaterThanOrEqual(
          4.5,
        );
      }),
    );
  });
});
