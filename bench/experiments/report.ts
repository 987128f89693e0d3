/** What the accuracy experiments share: mean and sd over seeds, and the JSON report they write. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

/** The mean (0 for none). */
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The population standard deviation. */
export const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/** The load average now: taken before a run so the report can say what the machine was doing. */
export const loadNow = () => loadavg()[0] ?? 0;

/** Writes bench/results/<name>.json: the date, the machine's cores and load, then `fields`. */
export function writeReport(name: string, loadBefore: number, fields: Record<string, unknown>) {
  const report = {
    date: new Date().toISOString(),
    cores: cpus().length,
    load: { before: loadBefore, after: loadNow() },
    ...fields,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(`${RESULTS}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
}
