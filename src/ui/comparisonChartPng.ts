/**
 * The comparison's bar chart drawn onto a canvas from the entries themselves. Drawn here rather
 * than by serialising recharts' SVG: that SVG takes its fonts and colours from the page's CSS,
 * which a standalone image does not carry, and it exists only while the chart is mounted and
 * sized; drawing from the data gives the same picture every time, in any state of the page.
 */
import { formatMetric } from '../core/evaluation/format';

/** One bar: its label ("#1 template…"), its accuracy, and whether it is the best. */
export interface ComparisonBar {
  label: string;
  accuracy: number | null;
  best: boolean;
}

/** What the picture shows; the texts come already translated. */
export interface ComparisonPicture {
  bars: ComparisonBar[];
  title: string;
}

const FONT = '14px system-ui, sans-serif';
const BOLD = 'bold 16px system-ui, sans-serif';
const PAD = 16;
const TITLE = 32;
const BAR = 28;
const PLOT = 400;
const VALUE = 56;
const AXIS = 28;
const COLOUR = '#56B4E9';
const BEST = '#0072B2';

/** Width and height in CSS pixels, and where the plot starts. */
export function layoutComparisonChart(
  ctx: Pick<CanvasRenderingContext2D, 'measureText' | 'font'>,
  picture: ComparisonPicture,
): { width: number; height: number; left: number } {
  ctx.font = FONT;
  const labels = picture.bars.reduce((w, b) => Math.max(w, ctx.measureText(b.label).width), 0);
  const left = PAD + Math.ceil(labels) + 8;
  return {
    width: left + PLOT + VALUE + PAD,
    height: PAD + TITLE + picture.bars.length * BAR + AXIS + PAD,
    left,
  };
}

/** Draws the picture on a context sized to its layout. */
export function drawComparisonChart(
  ctx: CanvasRenderingContext2D,
  picture: ComparisonPicture,
  layout: { width: number; height: number; left: number },
): void {
  const { left } = layout;
  const top = PAD + TITLE;
  const bottom = top + picture.bars.length * BAR;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = BOLD;
  ctx.fillText(picture.title, PAD, PAD + TITLE / 2 - 4);
  ctx.font = FONT;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const x = left + tick * PLOT;
    ctx.strokeStyle = '#dddddd';
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.fillStyle = '#444444';
    ctx.textAlign = 'center';
    ctx.fillText(String(tick), x, bottom + AXIS / 2);
  }
  picture.bars.forEach((bar, i) => {
    const y = top + i * BAR;
    ctx.fillStyle = '#111111';
    ctx.textAlign = 'right';
    ctx.fillText(bar.label, left - 8, y + BAR / 2);
    const width = (bar.accuracy ?? 0) * PLOT;
    ctx.fillStyle = bar.best ? BEST : COLOUR;
    ctx.fillRect(left, y + 4, width, BAR - 8);
    ctx.fillStyle = '#111111';
    ctx.textAlign = 'left';
    ctx.fillText(formatMetric(bar.accuracy), left + width + 6, y + BAR / 2);
  });
}
