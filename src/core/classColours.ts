/**
 * One colour per class, by class position, shared by the chart, its legend and the table's
 * swatches. The first eight are Okabe–Ito (colour-blind safe); beyond them hues follow the golden
 * angle and lightness alternates, so neighbouring classes never look alike. Pure.
 */

const OKABE_ITO = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#000000',
];

const GOLDEN_ANGLE = 137.508;
const LIGHTNESS = [38, 58, 48, 68];

/** The colour of class `index` (0-based), as a CSS colour. */
export function classColour(index: number): string {
  const known = OKABE_ITO[index];
  if (known) return known;
  const n = index - OKABE_ITO.length;
  // Offset so the generated hues do not start on Okabe–Ito's blue.
  const hue = (20 + n * GOLDEN_ANGLE) % 360;
  const lightness = LIGHTNESS[n % LIGHTNESS.length] ?? 50;
  return `hsl(${hue.toFixed(1)} 70% ${lightness}%)`;
}
