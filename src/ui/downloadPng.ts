/** Saves a canvas as a PNG file through the browser's download. */
export function downloadCanvasPng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => {
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }, 'image/png');
}

/**
 * A canvas of `width` × `height` CSS pixels drawn at twice the resolution (sharp on high-density
 * screens and in slides), with the context scaled so drawing code uses CSS pixels.
 */
export function sizedCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(2, 2);
  return { canvas, ctx };
}

/** A context that can only measure text, for laying a drawing out before its canvas exists. */
export function measuringContext(): CanvasRenderingContext2D | null {
  return document.createElement('canvas').getContext('2d');
}
