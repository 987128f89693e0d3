import { describe, expect, it } from 'vitest';
import { classColour } from './classColours';

describe('classColour', () => {
  it('starts with Okabe–Ito and stays distinct for 30 classes', () => {
    expect(classColour(0)).toBe('#0072B2');
    const colours = Array.from({ length: 30 }, (_, i) => classColour(i));
    expect(new Set(colours).size).toBe(30);
  });

  it('gives neighbouring generated classes clearly different hues or lightness', () => {
    const parse = (c: string) =>
      c
        .match(/hsl\(([\d.]+) 70% (\d+)%\)/)
        ?.slice(1)
        .map(Number) ?? [];
    for (let i = 8; i < 40; i++) {
      const [h1 = 0, l1 = 0] = parse(classColour(i));
      const [h2 = 0, l2 = 0] = parse(classColour(i + 1));
      const hueGap = Math.min(Math.abs(h1 - h2), 360 - Math.abs(h1 - h2));
      expect(hueGap >= 40 || Math.abs(l1 - l2) >= 10).toBe(true);
    }
  });
});
