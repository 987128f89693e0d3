/**
 * The confusion matrix's heat-map shades, shared by the table and its PNG. Pure.
 *
 * A cell's shade is its count's share of its gold row (so every row reads as "where did this
 * class's examples go"), blended from white to a dark blue; the text colour is whichever of black
 * and white contrasts more with the shade.
 */

const LOW: readonly [number, number, number] = [255, 255, 255];
// Okabe–Ito blue, darkened so a full row reads clearly against white text.
const HIGH: readonly [number, number, number] = [0, 80, 140];
// Black, not near black: between white and a dark shade lies a band where neither near black
// (#111) nor white reaches 4.5:1 (4.499 on this blue, 4.35 on the occlusion orange); black
// reaches at least 4.58 against any background, whichever of the two is chosen.
const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** Black or white, whichever contrasts more with the background `rgb` (always ≥ 4.58:1). */
export function readableTextOn(rgb: readonly number[]): string {
  const bg = luminance(rgb);
  return contrast(bg, 0) >= contrast(bg, 1) ? DARK_TEXT : LIGHT_TEXT;
}

/** A cell's background and text colours for a share in [0, 1] (clamped; NaN counts as 0). */
export function heatColours(share: number): { background: string; text: string } {
  const f = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const rgb = LOW.map((low, i) => Math.round(low + ((HIGH[i] as number) - low) * f));
  const background = `rgb(${rgb.join(', ')})`;
  return { background, text: readableTextOn(rgb) };
}

/** A count's share of its row total (0 when the row is empty). */
export function rowShare(count: number, rowTotal: number): number {
  return rowTotal > 0 ? count / rowTotal : 0;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
