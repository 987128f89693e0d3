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

/**
 * Colour-vision deficiency: the first eight class colours simulated as a person with no L, M or
 * S cones sees them (Machado, Oliveira & Fernandes 2009, severity 1) stay at least 15 CIELAB
 * units apart (≈ clearly different at a glance; 2.3 is just noticeable).
 */
describe('classColour under colour-vision deficiency', () => {
  const SIMULATIONS: Record<string, number[][]> = {
    protanopia: [
      [0.152286, 1.052583, -0.204868],
      [0.114503, 0.786281, 0.099216],
      [-0.003882, -0.048116, 1.051998],
    ],
    deuteranopia: [
      [0.367322, 0.860646, -0.227968],
      [0.280085, 0.672501, 0.047413],
      [-0.01182, 0.04294, 0.968881],
    ],
    tritanopia: [
      [1.255528, -0.076749, -0.178779],
      [-0.078411, 0.930809, 0.147602],
      [0.004733, 0.691367, 0.3039],
    ],
  };
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lab = ([r, g, b]: number[]): number[] => {
    const [x, y, z] = [
      (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
      0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
      (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
    ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
    return [116 * y! - 16, 500 * (x! - y!), 200 * (y! - z!)];
  };
  const rgb = (hex: string) =>
    [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));

  for (const [name, matrix] of Object.entries(SIMULATIONS)) {
    it(`keeps the first eight classes apart for ${name}`, () => {
      const seen = Array.from({ length: 8 }, (_, i) => {
        const c = rgb(classColour(i));
        return lab(
          matrix.map((row) =>
            Math.min(
              1,
              Math.max(
                0,
                row.reduce((sum, m, j) => sum + m * c[j]!, 0),
              ),
            ),
          ),
        );
      });
      for (let i = 0; i < 8; i++)
        for (let j = i + 1; j < 8; j++) {
          const distance = Math.hypot(...seen[i]!.map((v, k) => v - seen[j]![k]!));
          expect(distance, `${classColour(i)} vs ${classColour(j)}`).toBeGreaterThanOrEqual(15);
        }
    });
  }
});
