/**
 * Shades for occlusion drops. Pure. A word whose removal lowers the predicted class's
 * probability (it supports the prediction) is shaded blue, as the confusion matrix shades its
 * cells (heatColour.ts); one whose removal raises it (it speaks against the prediction) orange.
 * The shade grows with the drop's size relative to `scale`, the largest drop on screen; the
 * text colour is whichever of black and white contrasts more with the shade.
 */
import { heatColours, readableTextOn } from '../evaluation/heatColour';

// Okabe–Ito vermillion, darkened so the full shade carries white text.
const AGAINST: readonly [number, number, number] = [170, 60, 0];

/** Background and text colours for a drop, relative to the largest drop in size (`scale`). */
export function dropColours(drop: number, scale: number): { background: string; text: string } {
  const size = Number.isFinite(drop) && scale > 0 ? Math.min(1, Math.abs(drop) / scale) : 0;
  if (!(drop < 0)) return heatColours(size);
  const rgb = AGAINST.map((high) => Math.round(255 + (high - 255) * size));
  return { background: `rgb(${rgb.join(', ')})`, text: readableTextOn(rgb) };
}
