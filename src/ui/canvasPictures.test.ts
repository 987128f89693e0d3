/**
 * The PNG pictures are drawn from the data: a recording context stands in for the canvas and
 * shows what text and shades would be painted where.
 */
import { describe, expect, it } from 'vitest';
import { heatColours } from '../core/evaluation/heatColour';
import { drawComparisonChart, layoutComparisonChart } from './comparisonChartPng';
import { drawConfusionMatrix, layoutConfusionMatrix } from './confusionMatrixPng';

interface Painted {
  texts: Array<{ text: string; x: number; y: number }>;
  rects: Array<{ fill: string; x: number; y: number; w: number; h: number }>;
}

/** A context that records fillText and fillRect; text is 8 px per character wide. */
function recordingContext(): { ctx: CanvasRenderingContext2D; painted: Painted } {
  const painted: Painted = { texts: [], rects: [] };
  const state = { fillStyle: '', font: '', strokeStyle: '', textAlign: '', textBaseline: '' };
  const ctx = {
    ...state,
    measureText: (text: string) => ({ width: 8 * [...text].length }),
    fillText(text: string, x: number, y: number) {
      painted.texts.push({ text, x, y });
    },
    fillRect(x: number, y: number, w: number, h: number) {
      painted.rects.push({ fill: (this as { fillStyle: string }).fillStyle, x, y, w, h });
    },
    strokeRect() {},
    save() {},
    restore() {},
    translate() {},
    rotate() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, painted };
}

describe('confusion matrix picture', () => {
  const picture = {
    confusion: [
      [3, 1],
      [0, 4],
    ],
    classNames: ['positive', '负面'],
    title: 'Confusion matrix',
    goldLabel: 'Gold',
    predictedLabel: 'Predicted',
    legend: 'Share of the row: 0% → 100%',
  };

  it('paints the title, axis names, class names and every count on its row-share shade', () => {
    const { ctx, painted } = recordingContext();
    const layout = layoutConfusionMatrix(ctx, picture);
    drawConfusionMatrix(ctx, picture, layout);
    const texts = painted.texts.map((t) => t.text);
    for (const text of ['Confusion matrix', 'Gold', 'Predicted', picture.legend])
      expect(texts).toContain(text);
    // Each class name twice: once as a row, once as a column.
    expect(texts.filter((t) => t === '负面')).toHaveLength(2);
    const cells = painted.rects.filter((r) => r.w === layout.cell && r.h === layout.cell);
    expect(cells.map((c) => c.fill)).toEqual([
      heatColours(3 / 4).background,
      heatColours(1 / 4).background,
      heatColours(0).background,
      heatColours(1).background,
    ]);
    // Counts are centred in their cells, rows gold: "1" is gold positive → predicted 负面.
    const one = painted.texts.find((t) => t.text === '1');
    expect(one).toEqual({
      text: '1',
      x: layout.left + 1.5 * layout.cell,
      y: layout.top + 0.5 * layout.cell,
    });
  });

  it('is big enough for the matrix and the legend', () => {
    const { ctx } = recordingContext();
    const layout = layoutConfusionMatrix(ctx, picture);
    expect(layout.width).toBeGreaterThanOrEqual(layout.left + 2 * layout.cell);
    expect(layout.width).toBeGreaterThanOrEqual(layout.left + 120 + 8 * picture.legend.length);
    expect(layout.height).toBeGreaterThan(layout.top + 2 * layout.cell);
  });
});

describe('comparison chart picture', () => {
  it('paints one labelled bar per prompt, as long as its accuracy, the best darker', () => {
    const picture = {
      title: 'Accuracy',
      bars: [
        { label: '#1 {text} It was [MASK].', accuracy: 0.5, best: false },
        { label: '#2 Review: {text}', accuracy: 0.875, best: true },
        { label: '#3 [MASK]', accuracy: null, best: false },
      ],
    };
    const { ctx, painted } = recordingContext();
    const layout = layoutComparisonChart(ctx, picture);
    drawComparisonChart(ctx, picture, layout);
    const texts = painted.texts.map((t) => t.text);
    for (const text of ['#1 {text} It was [MASK].', '#2 Review: {text}', '0.500', '0.875', '—'])
      expect(texts).toContain(text);
    const bars = painted.rects.filter((r) => r.x === layout.left);
    expect(bars.map((b) => b.w)).toEqual([200, 350, 0]);
    expect(bars[1]!.fill).not.toBe(bars[0]!.fill);
    expect(layout.width).toBeGreaterThanOrEqual(layout.left + 400);
  });
});
