/**
 * A recharts chart on screen as a PNG picture: the chart's own SVG (axes, ticks, bars, lines) with
 * a title above and its legend below, on white, at two or more device pixels per CSS pixel.
 *
 * recharts draws the legend as HTML beside the SVG and takes the text's font from the page's CSS,
 * which an image of the SVG alone would lose; so one standalone SVG document is composed here —
 * title, a copy of the chart, each legend icon (a copy of its own small SVG) and name — and drawn
 * onto a canvas. No foreignObject, so the canvas stays exportable.
 */
import { downloadCanvasPng } from './downloadPng';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE = 32;
const LEGEND_ROW = 22;
const ICON = 14;
const LEGEND_GAP = 18;
const FONT_SIZE = 13;

/** Pixels per CSS pixel: at least 2, more on denser screens, so slides stay sharp. */
export function pngScale(devicePixelRatio: number): number {
  return Math.max(2, Math.ceil(devicePixelRatio));
}

/** One legend entry read from the page: its name and a copy of its icon. */
interface LegendEntry {
  name: string;
  icon: SVGSVGElement | null;
}

function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

/** Legend entries laid out left to right, wrapping at `width`; returns each entry's place. */
function layoutLegend(
  entries: LegendEntry[],
  width: number,
  measure: (text: string) => number,
): { places: Array<{ x: number; y: number }>; height: number } {
  let x = PAD;
  let y = 0;
  const places = entries.map((entry) => {
    const w = ICON + 6 + measure(entry.name);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    const place = { x, y };
    x += w + LEGEND_GAP;
    return place;
  });
  return { places, height: entries.length > 0 ? y + LEGEND_ROW : 0 };
}

/** The chart inside `figure` as one standalone SVG document, and its size in CSS pixels. */
export function composeChartSvg(
  figure: Element,
  title: string,
): { svg: SVGSVGElement; width: number; height: number } {
  const chart = figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
  if (!chart) throw new Error('no chart on screen');
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const style = getComputedStyle(chart);
  const font = style.fontFamily || 'system-ui, sans-serif';

  const entries: LegendEntry[] = [...figure.querySelectorAll('.recharts-legend-item')].map(
    (item) => ({
      name: item.querySelector('.recharts-legend-item-text')?.textContent ?? '',
      icon: item.querySelector('svg')?.cloneNode(true) as SVGSVGElement | null,
    }),
  );
  const measuring = document.createElement('canvas').getContext('2d');
  if (measuring) measuring.font = `${FONT_SIZE}px ${font}`;
  const measure = (text: string) => measuring?.measureText(text).width ?? text.length * 8;
  const width = Math.max(chartWidth, PAD * 2 + measure(title) * 1.3);
  const legend = layoutLegend(entries, width, measure);
  const height = TITLE + chartHeight + legend.height + PAD;

  const svg = element('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  svg.setAttribute('font-family', font);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.append(element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const heading = element('text', {
    x: PAD,
    y: TITLE / 2 + 6,
    'font-size': 16,
    'font-weight': 'bold',
    fill: '#111111',
  });
  heading.textContent = title;
  svg.append(heading);

  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(TITLE));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  copy.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  copy.removeAttribute('style');
  svg.append(copy);

  const top = TITLE + chartHeight;
  entries.forEach((entry, i) => {
    const place = legend.places[i] ?? { x: PAD, y: 0 };
    const y = top + place.y;
    if (entry.icon) {
      entry.icon.setAttribute('x', String(place.x));
      entry.icon.setAttribute('y', String(y + (LEGEND_ROW - ICON) / 2));
      entry.icon.setAttribute('width', String(ICON));
      entry.icon.setAttribute('height', String(ICON));
      entry.icon.removeAttribute('style');
      svg.append(entry.icon);
    }
    const name = element('text', {
      x: place.x + ICON + 6,
      y: y + LEGEND_ROW / 2 + 4,
      fill: '#111111',
    });
    name.textContent = entry.name;
    svg.append(name);
  });
  return { svg, width, height };
}

/** Draws a standalone SVG document onto a canvas `scale` times its size. */
async function svgToCanvas(
  svg: SVGSVGElement,
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  svg.setAttribute('xmlns', SVG_NS);
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the recharts chart inside `figure`, titled `title`, as `fileName`. */
export async function downloadChartPng(
  figure: Element | null,
  title: string,
  fileName: string,
): Promise<void> {
  if (!figure) throw new Error('no chart on screen');
  const { svg, width, height } = composeChartSvg(figure, title);
  const canvas = await svgToCanvas(svg, width, height, pngScale(window.devicePixelRatio));
  downloadCanvasPng(canvas, fileName);
}
