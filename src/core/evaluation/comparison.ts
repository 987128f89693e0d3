/**
 * Prompts kept side by side for comparison: how they rank, which is best, how far each is from
 * the current prompt, and a reader that makes stored entries safe to show. Pure.
 */
import { CALIBRATION_MODES, type CalibrationMode } from './calibration';

/** A class of a compared prompt's verbalizer: its name and label words. */
export interface ComparisonClass {
  name: string;
  words: string[];
}

/** One prompt in the comparison, with the figures it scored on the evaluation rows. */
export interface ComparisonEntry {
  id: string;
  template: string;
  classes: ComparisonClass[];
  calibration: CalibrationMode;
  accuracy: number | null;
  macroF1: number | null;
  /** Evaluation rows the figures were counted on. */
  rows: number;
  /**
   * What the figures were computed on: model, precision and a digest of the evaluation rows
   * (entries with another value are not comparable until evaluated again); '' when unknown.
   */
  evaluatedOn: string;
}

/** The metric a comparison is sorted by. */
export type ComparisonKey = 'accuracy' | 'macroF1';

/** A sort direction. */
export type SortDirection = 'ascending' | 'descending';

/** The verbalizer in one line, e.g. "positive: great, good · negative: terrible, bad". */
export function labelWordsText(classes: ComparisonClass[]): string {
  return classes.map((c) => `${c.name}: ${c.words.join(', ')}`).join(' · ');
}

/** Entries sorted by `key` in `direction`; stable, entries without the figure last. */
export function rankEntries(
  entries: ComparisonEntry[],
  key: ComparisonKey,
  direction: SortDirection,
): ComparisonEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const x = a.entry[key];
      const y = b.entry[key];
      if (x === null || y === null) {
        if (x === y) return a.index - b.index;
        return x === null ? 1 : -1;
      }
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** The best entry's id: highest accuracy, then higher macro-F1, then earlier; null if none scored. */
export function bestEntryId(entries: ComparisonEntry[]): string | null {
  let best: ComparisonEntry | null = null;
  for (const entry of entries) {
    if (entry.accuracy === null) continue;
    if (
      best === null ||
      entry.accuracy > (best.accuracy as number) ||
      (entry.accuracy === best.accuracy && (entry.macroF1 ?? -1) > (best.macroF1 ?? -1))
    )
      best = entry;
  }
  return best?.id ?? null;
}

/** Accuracy of `entry` minus the current prompt's; null when either is unknown. */
export function differenceTo(
  entry: Pick<ComparisonEntry, 'accuracy'>,
  current: { accuracy: number | null },
): number | null {
  return entry.accuracy === null || current.accuracy === null
    ? null
    : entry.accuracy - current.accuracy;
}

/** Whether two entries are the same prompt: template, classes (names, words) and calibration. */
export function samePrompt(
  a: Pick<ComparisonEntry, 'template' | 'classes' | 'calibration'>,
  b: Pick<ComparisonEntry, 'template' | 'classes' | 'calibration'>,
): boolean {
  return (
    a.template === b.template &&
    a.calibration === b.calibration &&
    a.classes.length === b.classes.length &&
    a.classes.every((c, i) => {
      const d = b.classes[i];
      return (
        d !== undefined &&
        c.name === d.name &&
        c.words.length === d.words.length &&
        c.words.every((w, j) => w === d.words[j])
      );
    })
  );
}

/**
 * The well-formed entries of stored data, whatever it holds: malformed entries are dropped, and
 * so are later entries repeating an id (ids key the table's rows).
 */
export function readComparisonEntries(stored: unknown): ComparisonEntry[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const entries: ComparisonEntry[] = [];
  for (const item of stored as unknown[]) {
    const entry = readEntry(item);
    if (entry === null || seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  return entries;
}

function readEntry(item: unknown): ComparisonEntry | null {
  if (typeof item !== 'object' || item === null) return null;
  const r = item as Record<string, unknown>;
  const classes = readClasses(r.classes);
  const accuracy = readFigure(r.accuracy);
  const macroF1 = readFigure(r.macroF1);
  if (
    typeof r.id !== 'string' ||
    typeof r.template !== 'string' ||
    classes === null ||
    !CALIBRATION_MODES.includes(r.calibration as CalibrationMode) ||
    accuracy === undefined ||
    macroF1 === undefined ||
    !Number.isSafeInteger(r.rows) ||
    (r.rows as number) < 0
  )
    return null;
  return {
    id: r.id,
    template: r.template,
    classes,
    calibration: r.calibration as CalibrationMode,
    accuracy,
    macroF1,
    rows: r.rows as number,
    evaluatedOn: typeof r.evaluatedOn === 'string' ? r.evaluatedOn : '',
  };
}

/** A figure in [0, 1] or null; undefined when malformed. */
function readFigure(value: unknown): number | null | undefined {
  if (value === null) return null;
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
}

function readClasses(value: unknown): ComparisonClass[] | null {
  if (!Array.isArray(value)) return null;
  const classes: ComparisonClass[] = [];
  for (const c of value as unknown[]) {
    if (typeof c !== 'object' || c === null) return null;
    const { name, words } = c as Record<string, unknown>;
    if (typeof name !== 'string' || !Array.isArray(words)) return null;
    if (!words.every((w): w is string => typeof w === 'string')) return null;
    classes.push({ name, words: [...words] });
  }
  return classes;
}

/** What figures were computed on: model, precision and a digest of the rows' identities. */
export function evaluationBasis(model: string, dtype: string, rowsDigest: string): string {
  return `${model}/${dtype}/${rowsDigest}`;
}
