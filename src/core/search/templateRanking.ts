/**
 * Which library templates fit a set of rows, and the order their scores are shown in. Pure: the
 * scoring itself runs the model (src/state/templateSearch.ts).
 */
import {
  TEMPLATE_LIBRARY,
  type LibraryTemplate,
  type TemplateLanguage,
  type TemplateTask,
} from './templateLibrary';

/** A task to keep, or every task. */
export type TaskFilter = TemplateTask | 'all';

/** A library template with its place in the library (the last tie-breaker). */
export interface CandidateTemplate extends LibraryTemplate {
  order: number;
}

/** One template's figures on the search rows. */
export interface TemplateScore extends CandidateTemplate {
  /** Accuracy without calibration; null when no row was labelled. */
  accuracy: number | null;
  /** Accuracy under the workspace's calibration setting. */
  calibratedAccuracy: number | null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The language the rows are written in: Chinese when at least half of them hold a CJK
 * character (a Chinese dataset with a few English names is still Chinese), else English.
 */
export function rowsLanguage(texts: readonly string[]): TemplateLanguage {
  if (texts.length === 0) return 'en';
  const cjk = texts.filter((t) => CJK.test(t)).length;
  return cjk * 2 >= texts.length ? 'zh' : 'en';
}

/**
 * The library templates worth trying on these rows, in library order: those in the rows'
 * language, of the chosen task, and pair templates only when some row has a second text
 * (without one, `{text_b}` would be empty on every row).
 */
export function applicableTemplates(
  rows: ReadonlyArray<{ text: string; textB?: string }>,
  task: TaskFilter = 'all',
  library: readonly LibraryTemplate[] = TEMPLATE_LIBRARY,
): CandidateTemplate[] {
  const language = rowsLanguage(rows.map((r) => r.text));
  const pairs = rows.some((r) => r.textB !== undefined && r.textB !== '');
  return library
    .map((entry, order) => ({ ...entry, order }))
    .filter(
      (t) =>
        t.language === language &&
        (task === 'all' || t.task === task) &&
        (t.task !== 'pair' || pairs),
    );
}

const orLowest = (value: number | null) => value ?? -Infinity;

/** Best first: accuracy, then calibrated accuracy (both descending), then library order. */
export function rankTemplateScores(scores: readonly TemplateScore[]): TemplateScore[] {
  return [...scores].sort(
    (a, b) =>
      orLowest(b.accuracy) - orLowest(a.accuracy) ||
      orLowest(b.calibratedAccuracy) - orLowest(a.calibratedAccuracy) ||
      a.order - b.order,
  );
}
