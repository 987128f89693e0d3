/**
 * The confusion matrix drawn onto a canvas from its counts (no DOM screenshot): title, axis names,
 * class names, heat-map cells with their counts, and a legend of the shades.
 */
import { heatColours, rowShare } from '../core/evaluation/heatColour';

/** What the picture shows; the texts come already translated. */
export interface ConfusionPicture {
  confusion: number[][];
  classNames: string[];
  title: string;
  goldLabel: string;
  predictedLabel: string;
  /** The legend's text, e.g. "Share of the row: 0% → 100%". */
  legend: string;
}

/** Where everything goes, in CSS pixels. */
export interface ConfusionLayout {
  width: number;
  height: number;
  cell: number;
  left: number;
  top: number;
}

const FONT = '14px system-ui, sans-serif';
const BOLD = 'bold 16px system-ui, sans-serif';
const PAD = 16;
const TITLE = 28;
const AXIS = 22;
const LEGEND = 44;
const SWATCH = 12;
const STEPS = 10;
const LEGEND_SWATCHES = SWATCH * STEPS;

type Measure = Pick<CanvasRenderingContext2D, 'measureText' | 'font'>;

/** The picture's size and the matrix's place, from the widest class name and count. */
export function layoutConfusionMatrix(ctx: Measure, picture: ConfusionPicture): ConfusionLayout {
  ctx.font = FONT;
  const widest = (texts: string[]) =>
    texts.reduce((w, text) => Math.max(w, ctx.measureText(text).width), 0);
  const labels = Math.ceil(widest(picture.classNames)) + 8;
  const counts = picture.confusion.flat().map(String);
  const cell = Math.max(48, Math.ceil(widest(counts)) + 16);
  const left = PAD + AXIS + labels;
  const top = PAD + TITLE + AXIS + labels;
  const n = picture.classNames.length;
  const legendWidth = LEGEND_SWATCHES + 8 + ctx.measureText(picture.legend).width;
  ctx.font = BOLD;
  const titleWidth = ctx.measureText(picture.title).width;
  return {
    width: Math.ceil(Math.max(left + n * cell, PAD + titleWidth, left + legendWidth) + PAD),
    height: top + n * cell + LEGEND + PAD,
    cell,
    left,
    top,
  };
}

/** Draws the picture on a context sized to `layout`. */
export function drawConfusionMatrix(
  ctx: CanvasRenderingContext2D,
  picture: ConfusionPicture,
  layout: ConfusionLayout,
): void {
  const { cell, left, top } = layout;
  const n = picture.classNames.length;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'middle';
  ctx.font = BOLD;
  ctx.textAlign = 'left';
  ctx.fillText(picture.title, PAD, PAD + TITLE / 2);
  ctx.font = FONT;
  ctx.textAlign = 'center';
  ctx.fillText(picture.predictedLabel, left + (n * cell) / 2, PAD + TITLE + AXIS / 2);
  rotated(ctx, PAD + AXIS / 2, top + (n * cell) / 2, () => ctx.fillText(picture.goldLabel, 0, 0));
  picture.classNames.forEach((name, c) => {
    // Column names read upwards so long names need no truncation.
    rotated(ctx, left + c * cell + cell / 2, top - 6, () => {
      ctx.textAlign = 'left';
      ctx.fillText(name, 0, 0);
    });
    ctx.textAlign = 'right';
    ctx.fillText(name, left - 6, top + c * cell + cell / 2);
  });
  ctx.textAlign = 'center';
  picture.confusion.forEach((row, g) => {
    const total = row.reduce((a, b) => a + b, 0);
    row.forEach((count, p) => {
      const { background, text } = heatColours(rowShare(count, total));
      const x = left + p * cell;
      const y = top + g * cell;
      ctx.fillStyle = background;
      ctx.fillRect(x, y, cell, cell);
      ctx.strokeStyle = '#999999';
      ctx.strokeRect(x, y, cell, cell);
      ctx.fillStyle = text;
      ctx.fillText(String(count), x + cell / 2, y + cell / 2);
    });
  });
  drawLegend(ctx, picture.legend, left, top + n * cell + 16);
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: string, x: number, y: number): void {
  for (let i = 0; i < STEPS; i++) {
    ctx.fillStyle = heatColours(i / (STEPS - 1)).background;
    ctx.fillRect(x + i * SWATCH, y, SWATCH, SWATCH);
  }
  ctx.strokeStyle = '#999999';
  ctx.strokeRect(x, y, LEGEND_SWATCHES, SWATCH);
  ctx.fillStyle = '#111111';
  ctx.textAlign = 'left';
  ctx.fillText(legend, x + LEGEND_SWATCHES + 8, y + SWATCH / 2);
}

function rotated(ctx: CanvasRenderingContext2D, x: number, y: number, draw: () => void): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(-Math.PI / 2);
  draw();
  ctx.restore();
}
