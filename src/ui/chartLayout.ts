/**
 * The probability chart's geometry, shared by the chart and the space kept for it while its code
 * loads, so nothing below it moves when the bars arrive.
 */

/** Bars a person can still read and compare at once. */
export const CHART_ROWS = 20;
/** Bars in the projector view: few enough that the table's first rows fit below the chart. */
export const PRESENT_CHART_ROWS = 6;
/** Tick and legend text size (px) in the normal view and on the projector. */
export const CHART_FONT_PX = 12;
export const PRESENT_CHART_FONT_PX = 16;

const ROW_PX = 28;
// The number axis and the legend below the bars.
const AXES_PX = 60;

/** The chart's height in pixels for `rows` bars. */
export function chartHeight(rows: number): number {
  return Math.max(160, ROW_PX * rows + AXES_PX);
}
