/**
 * Automatic label words (in the spirit of LM-BFF's label-word search and PETAL), for masked LMs
 * only. Pure: it reads the mask distributions the runner already has and never runs a model.
 *
 * 1. Ranking: for each class c and every proposable token v (see `wordTokens`), the score is the
 *    mean of log p(v) at the first mask over c's rows minus the mean over the rows of every other
 *    class (pooled); the top k per class are its candidates. A token may be a candidate of
 *    several classes, but an assignment never gives two classes the same word.
 * 2. Assignments: one candidate per class, every combination for ≤ 3 classes, a beam search above
 *    that, ranked by leave-one-out accuracy on the rows (`leaveOneOut`), ties by mean margin.
 */
import { argmax } from '../softmax';
import type { CalibrationMode } from '../evaluation/calibration';
import { scoreLabelWord } from '../verbalizer';
import type { WordToken } from './wordTokens';

/** A word proposed for a class, with its ranking score (a difference of mean log-probabilities). */
export interface LabelWordCandidate {
  word: string;
  tokenId: number;
  score: number;
}

/** One word per class (in class order) and how well it does on the rows, leave-one-out. */
export interface LabelWordAssignment {
  words: string[];
  tokenIds: number[];
  accuracy: number;
  meanMargin: number;
}

/** What the search found: candidates per class and the best assignments, best first. */
export interface LabelWordSearchResult {
  candidates: LabelWordCandidate[][];
  assignments: LabelWordAssignment[];
}

/** The rows a search learns from. */
export interface LabelWordRows {
  /** Per row, the softmax over the vocabulary at the first mask. */
  distributions: Float32Array[];
  /** Per row, its gold class index (0 ≤ label < classCount). */
  labels: number[];
  classCount: number;
  /** The softmax at the first mask for the content-free inputs (contextual calibration). */
  contentFree: Float32Array[];
}

/** How the search runs; every field has a default. */
export interface LabelWordSearchOptions {
  /** Candidates kept per class (default 20). */
  k?: number;
  /** Assignments returned (default 10). */
  top?: number;
  /** The calibration the assignments are judged under (default 'none'). */
  calibration?: CalibrationMode;
  /** 'auto': every combination for ≤ 3 classes, beam above (the tests force either). */
  strategy?: 'auto' | 'exhaustive' | 'beam';
  /** Partial assignments kept per step of the beam search (default 50). */
  beamWidth?: number;
  /** Whether a token may be proposed (the runtime keeps words that spell back to their token). */
  accept?: (token: WordToken) => boolean;
}

/** log(0) would make one unlikely token outweigh everything: probabilities are floored here. */
const MIN_PROBABILITY = 1e-30;

/**
 * Each class's top `k` proposable tokens by mean log p(v) over its rows minus the mean over the
 * other classes' rows. One pass over the rows, accumulating per-class sums over the proposable
 * ids only. A class without rows gets no candidates. Ties go to the lower token id.
 */
export function rankLabelWords(
  rows: Pick<LabelWordRows, 'distributions' | 'labels' | 'classCount'>,
  proposable: readonly WordToken[],
  k = 20,
  accept: (token: WordToken) => boolean = () => true,
): LabelWordCandidate[][] {
  const n = proposable.length;
  const ids = Int32Array.from(proposable, (t) => t.id);
  const sums = Array.from({ length: rows.classCount }, () => new Float64Array(n));
  const counts = new Array<number>(rows.classCount).fill(0);
  const total = new Float64Array(n);
  rows.distributions.forEach((dist, r) => {
    const c = rows.labels[r] ?? -1;
    const sum = sums[c];
    if (!sum) return;
    counts[c]!++;
    for (let j = 0; j < n; j++) sum[j]! += Math.log(Math.max(dist[ids[j]!] ?? 0, MIN_PROBABILITY));
  });
  for (const sum of sums) for (let j = 0; j < n; j++) total[j]! += sum[j]!;
  const rowCount = counts.reduce((a, b) => a + b, 0);
  return sums.map((sum, c) => {
    const own = counts[c]!;
    const others = rowCount - own;
    if (own === 0) return [];
    const score = new Float64Array(n);
    for (let j = 0; j < n; j++)
      score[j] = sum[j]! / own - (others > 0 ? (total[j]! - sum[j]!) / others : 0);
    const order = Array.from({ length: n }, (_, j) => j).sort(
      (a, b) => score[b]! - score[a]! || ids[a]! - ids[b]!,
    );
    const out: LabelWordCandidate[] = [];
    for (const j of order) {
      if (out.length >= k) break;
      const token = proposable[j]!;
      if (accept(token)) out.push({ word: token.word, tokenId: token.id, score: score[j]! });
    }
    return out;
  });
}

/** Accuracy and mean margin of a verbalizer on labelled rows. */
export interface AssignmentFigures {
  accuracy: number;
  meanMargin: number;
}

/**
 * Leave-one-out accuracy and mean margin of a verbalizer on labelled rows, under `calibration`.
 * `raw[r][c]` is row r's raw score for class c (for a one-word class: that word's probability at
 * the mask, `scoreLabelWord`); `contentFreeRaw` the same for the content-free inputs.
 *
 * Each row r is predicted as the app predicts it: its scores normalised over the classes
 * (`scoreVerbalizer`), divided by the prior of the calibration mode and renormalised
 * (`calibrate`), then the first largest class. Whatever is estimated from the rows is estimated
 * without row r: the batch prior is the mean normalised scores of the other rows (none if r is
 * the only row: it is then predicted uncalibrated; computed as (sum − own) / (n − 1), the same
 * up to rounding). The contextual prior (mean normalised scores
 * of the content-free inputs) and None use nothing from the rows, so there leave-one-out equals
 * plain accuracy. Row r's margin is its calibrated gold-class probability minus the largest other
 * class's. (The screen's batch prior is the mean over every row shown, unlabelled ones included;
 * the search knows only its own rows.)
 *
 * Under batch calibration, adding row r to its own prior maps each ratio p_c / m_c through the
 * increasing n·x / (n − 1 + x), so the winning class does not change: leave-one-out accuracy
 * equals plain accuracy except where the other rows give a class probability 0 (the prior then
 * rules that class out), while the margins do differ (held out, a row is more confident).
 */
export function leaveOneOut(
  raw: readonly number[][],
  gold: readonly number[],
  calibration: CalibrationMode,
  contentFreeRaw: readonly number[][] = [],
): AssignmentFigures {
  const width = raw[0]?.length ?? 0;
  return looFlat(
    Float64Array.from(raw.flat()),
    raw.length,
    width,
    gold,
    calibration,
    Float64Array.from(contentFreeRaw.flat()),
    contentFreeRaw.length,
  );
}

/** Normalises `n` rows of `width` scores in place, as `scoreVerbalizer` does (uniform if all 0). */
function normaliseRows(rows: Float64Array, n: number, width: number): void {
  for (let r = 0; r < n; r++) {
    let total = 0;
    for (let c = 0; c < width; c++) total += rows[r * width + c]!;
    for (let c = 0; c < width; c++)
      rows[r * width + c] = total > 0 ? rows[r * width + c]! / total : 1 / width;
  }
}

/**
 * `leaveOneOut` over flat row-major arrays (`raw` is overwritten): the search's hot loop, so it
 * allocates little. The arithmetic is `calibrate`'s, step for step, so the winners agree.
 */
function looFlat(
  raw: Float64Array,
  n: number,
  width: number,
  gold: ArrayLike<number>,
  calibration: CalibrationMode,
  contentFree: Float64Array,
  contentFreeCount: number,
): AssignmentFigures {
  normaliseRows(raw, n, width);
  const sums = new Float64Array(width);
  let fixedPrior: Float64Array | null = null;
  if (calibration === 'batch') for (let i = 0; i < n * width; i++) sums[i % width]! += raw[i]!;
  if (calibration === 'contextual' && contentFreeCount > 0) {
    normaliseRows(contentFree, contentFreeCount, width);
    fixedPrior = new Float64Array(width);
    for (let i = 0; i < contentFreeCount * width; i++) fixedPrior[i % width]! += contentFree[i]!;
    for (let c = 0; c < width; c++) fixedPrior[c] = fixedPrior[c]! / contentFreeCount;
  }
  const held = new Float64Array(width);
  const q = new Float64Array(width);
  let correct = 0;
  let margins = 0;
  for (let r = 0; r < n; r++) {
    const at = r * width;
    let prior = fixedPrior;
    if (calibration === 'batch' && n > 1) {
      for (let c = 0; c < width; c++) held[c] = (sums[c]! - raw[at + c]!) / (n - 1);
      prior = held;
    }
    let total = 0;
    for (let c = 0; c < width; c++) {
      const p = raw[at + c]!;
      const clean = Number.isFinite(p) && p > 0 ? p : 0;
      const m = prior ? prior[c]! : 1;
      q[c] = !prior ? p : Number.isFinite(m) && m > 0 ? clean / m : 0;
      total += q[c]!;
    }
    if (prior)
      for (let c = 0; c < width; c++)
        q[c] = total > 0 && Number.isFinite(total) ? q[c]! / total : 1 / width;
    const g = gold[r] ?? -1;
    if (argmax(q) === g) correct++;
    let other = -Infinity;
    for (let c = 0; c < width; c++) if (c !== g) other = Math.max(other, q[c]!);
    margins += (q[g] ?? 0) - other;
  }
  return { accuracy: n > 0 ? correct / n : 0, meanMargin: n > 0 ? margins / n : 0 };
}

/** Whether assignment figures `a` rank above `b`: accuracy first, then mean margin. */
function better(a: AssignmentFigures, b: AssignmentFigures): boolean {
  return a.accuracy > b.accuracy || (a.accuracy === b.accuracy && a.meanMargin > b.meanMargin);
}

/** Keeps the `limit` best of `items` (stable: earlier items win exact ties). */
function best<T extends AssignmentFigures>(items: T[], limit: number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (better(a.item, b.item) ? -1 : better(b.item, a.item) ? 1 : a.i - b.i))
    .slice(0, limit)
    .map((x) => x.item);
}

/** A partial or full assignment: a candidate index per class, for classes 0 … picks.length−1. */
interface Scored {
  picks: number[];
  accuracy: number;
  meanMargin: number;
}

/**
 * Searches one candidate per class for the best leave-one-out accuracy (ties: mean margin).
 * Exhaustive for ≤ 3 classes (or when forced), else a beam search: classes are added in order,
 * and a partial assignment for classes 0…t is judged on the rows of those classes, scored among
 * those classes only, keeping the `beamWidth` best.
 */
export function searchAssignments(
  rows: LabelWordRows,
  candidates: LabelWordCandidate[][],
  options: Pick<LabelWordSearchOptions, 'top' | 'calibration' | 'strategy' | 'beamWidth'> = {},
): LabelWordAssignment[] {
  const { top = 10, calibration = 'none', strategy = 'auto', beamWidth = 50 } = options;
  const classCount = rows.classCount;
  if (classCount === 0 || candidates.some((c) => c.length === 0)) return [];
  // Each candidate's probability per row and per content-free input, computed once.
  const at = (dist: Float32Array, id: number) => scoreLabelWord([dist], [id]);
  const table = candidates.map((cands) =>
    cands.map((cand) => ({
      rows: Float64Array.from(rows.distributions, (d) => at(d, cand.tokenId)),
      contentFree: Float64Array.from(rows.contentFree, (d) => at(d, cand.tokenId)),
    })),
  );
  // A partial assignment of t classes is judged on the rows of those classes.
  const rowsOf = Array.from({ length: classCount + 1 }, (_, t) =>
    rows.labels.flatMap((g, r) => (g >= 0 && g < t ? [r] : [])),
  );
  const goldOf = rowsOf.map((indices) => indices.map((r) => rows.labels[r]!));
  const cfCount = rows.contentFree.length;
  const judge = (picks: number[]): Scored => {
    const width = picks.length;
    const indices = rowsOf[width]!;
    const raw = new Float64Array(indices.length * width);
    const cf = new Float64Array(cfCount * width);
    for (let c = 0; c < width; c++) {
      const column = table[c]![picks[c]!]!;
      indices.forEach((r, i) => (raw[i * width + c] = column.rows[r]!));
      for (let i = 0; i < cfCount; i++) cf[i * width + c] = column.contentFree[i]!;
    }
    const figures = looFlat(raw, indices.length, width, goldOf[width]!, calibration, cf, cfCount);
    return { picks, ...figures };
  };
  const distinct = (picks: number[], c: number, j: number) =>
    picks.every((p, d) => candidates[d]![p]!.word !== candidates[c]![j]!.word);
  const extend = (partials: number[][]): number[][] => {
    const c = partials[0]?.length ?? 0;
    return partials.flatMap((picks) =>
      candidates[c]!.flatMap((_, j) => (distinct(picks, c, j) ? [[...picks, j]] : [])),
    );
  };
  const exhaustive = strategy === 'exhaustive' || (strategy === 'auto' && classCount <= 3);
  let beam: number[][] = [[]];
  for (let c = 0; c < classCount; c++) {
    beam = extend(beam);
    if (!exhaustive && c < classCount - 1)
      beam = best(beam.map(judge), beamWidth).map((s) => s.picks);
  }
  return best(beam.map(judge), top).map(({ picks, accuracy, meanMargin }) => ({
    words: picks.map((j, c) => candidates[c]![j]!.word),
    tokenIds: picks.map((j, c) => candidates[c]![j]!.tokenId),
    accuracy,
    meanMargin,
  }));
}

/** Ranks candidates per class and searches the best assignments (see the module comment). */
export function suggestLabelWords(
  rows: LabelWordRows,
  proposable: readonly WordToken[],
  options: LabelWordSearchOptions = {},
): LabelWordSearchResult {
  const candidates = rankLabelWords(rows, proposable, options.k ?? 20, options.accept);
  return { candidates, assignments: searchAssignments(rows, candidates, options) };
}
