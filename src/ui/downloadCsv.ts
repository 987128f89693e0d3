import { downloadText } from './downloadText';

/**
 * Saves CSV text as a file. A byte-order mark goes first: without it Excel reads UTF-8 as the
 * system code page and Chinese class names and texts come out garbled.
 */
export function downloadCsv(csv: string, fileName: string): void {
  downloadText(`\uFEFF${csv}`, fileName, 'text/csv;charset=utf-8');
}
