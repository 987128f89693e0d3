/**
 * Derived views of the store, memoised on their inputs so components re-render only when what
 * they show changed. Module-level, as zustand recommends, so their identity is stable.
 */
import { exampleKeys, parseExamples, findExampleIssues, type Example } from '../core/examples';
import { parseTemplate, templateKey, type ParsedTemplate } from '../core/template';
import { tuningFingerprint } from '../core/tuning/fingerprint';
import { digestRows, type TuningProvenance } from '../core/tuning/provenance';
import {
  labelWordsOf,
  validateVerbalizer,
  type VerbalizerClass,
  type VerbalizerIssue,
} from '../core/verbalizer';
import type { AppState, PredictionState } from './store';
import { goldIndices } from '../core/metrics';
import { evaluate, type EvaluationMetrics } from '../core/evaluation/metrics';
import { currentCount } from '../core/progressiveRows';
import { argmax } from '../core/softmax';
import { calibrate, calibrationPrior, type CalibrationMode } from '../core/evaluation/calibration';
import { searchRows, type SearchRows } from '../core/search/searchRows';

/** Remembers the last input and output of a one-argument function. */
export function memoizeLast<A, R>(fn: (arg: A) => R): (arg: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  let called = false;
  return (arg) => {
    if (!called || arg !== lastArg) {
      lastResult = fn(arg);
      lastArg = arg;
      called = true;
    }
    return lastResult as R;
  };
}

const parseTemplateMemo = memoizeLast(parseTemplate);
const parseExamplesMemo = memoizeLast(parseExamples);
const validateVerbalizerMemo = memoizeLast((classes: VerbalizerClass[]) =>
  validateVerbalizer(classes),
);

/** The parsed template, or its issues. */
export const selectParsedTemplate = (s: AppState): ParsedTemplate => parseTemplateMemo(s.template);
/** The examples as parsed from the Examples box. */
export const selectExamples = (s: AppState): Example[] => parseExamplesMemo(s.examplesText);
/** What is wrong with the verbalizer, if anything. */
export const selectVerbalizerIssues = (s: AppState): VerbalizerIssue[] =>
  validateVerbalizerMemo(s.classes);

const exampleIssuesMemo = memoizeLast((key: { examples: Example[]; classes: VerbalizerClass[] }) =>
  findExampleIssues(
    key.examples,
    key.classes.map((c) => c.name),
  ),
);
let exampleIssueKey: { examples: Example[]; classes: VerbalizerClass[] } | null = null;
/** Examples whose label names no class. */
export const selectExampleIssues = (s: AppState) => {
  const examples = selectExamples(s);
  if (
    !exampleIssueKey ||
    exampleIssueKey.examples !== examples ||
    exampleIssueKey.classes !== s.classes
  )
    exampleIssueKey = { examples, classes: s.classes };
  return exampleIssuesMemo(exampleIssueKey);
};

const evaluationExamplesMemo = memoizeLast(
  (key: { examples: Example[]; dataset: AppState['dataset'] }): Example[] =>
    key.dataset
      ? [
          ...key.examples,
          // Dataset rows have no line in the Examples box: line 0 says so. A second text
          // column fills a template's {text_b}.
          ...key.dataset.rows.map((r) =>
            r.textB
              ? { text: r.text, gold: r.label, line: 0, textB: r.textB }
              : { text: r.text, gold: r.label, line: 0 },
          ),
        ]
      : key.examples,
);
let evaluationKey: { examples: Example[]; dataset: AppState['dataset'] } | null = null;
/**
 * Every row the model scores: the typed examples, then the imported dataset's rows. Typed
 * examples come first, so their indices (and a tuned head's training sample) stay the same.
 */
export const selectEvaluationExamples = (s: AppState): Example[] => {
  const examples = selectExamples(s);
  if (!evaluationKey || evaluationKey.examples !== examples || evaluationKey.dataset !== s.dataset)
    evaluationKey = { examples, dataset: s.dataset };
  return evaluationExamplesMemo(evaluationKey);
};

/** The selected row's index, kept inside the list when examples are removed. */
export const selectSelectedIndex = (s: AppState): number =>
  Math.max(0, Math.min(s.selectedIndex, selectEvaluationExamples(s).length - 1));

/**
 * The results on screen belong to older inputs: a prediction for the current ones is pending, or
 * the current inputs cannot be scored. Every view derived from the results is marked while true.
 */
export const selectResultsOutdated = (s: AppState): boolean =>
  s.prediction.stale || s.prediction.pending;

const provenanceMemo = memoizeLast(
  (key: {
    active: AppState['model']['active'];
    template: string;
    classes: VerbalizerClass[];
    examples: Example[];
    afterSpace: boolean;
  }): TuningProvenance | null => {
    const parsed = parseTemplate(key.template);
    if (!key.active || !parsed.ok) return null;
    const classes = key.classes.map((c) => ({ name: c.name.trim(), words: labelWordsOf(c) }));
    const names = new Set(classes.map((c) => c.name));
    // Rows whose label is no class count as unlabelled, here as everywhere.
    const labelled = key.examples.filter((e) => e.gold !== null && names.has(e.gold));
    return {
      model: key.active.model,
      dtype: key.active.dtype,
      fingerprint: tuningFingerprint(templateKey(parsed.segments), classes, key.afterSpace),
      rowsDigest: digestRows(exampleKeys(labelled)),
      template: key.template,
      labelWords: classes.map((c) => `${c.name}: ${c.words.join(', ')}`),
      rows: labelled.length,
    };
  },
);
let provenanceKey: Parameters<typeof provenanceMemo>[0] | null = null;
/** What a tuning run started now would be computed for; null without a model or a valid template. */
export const selectTuningProvenance = (s: AppState): TuningProvenance | null => {
  const examples = selectExamples(s);
  const k = provenanceKey;
  if (
    !k ||
    k.active !== s.model.active ||
    k.template !== s.template ||
    k.classes !== s.classes ||
    k.examples !== examples ||
    k.afterSpace !== s.labelWordsAfterSpace
  )
    provenanceKey = {
      active: s.model.active,
      template: s.template,
      classes: s.classes,
      examples,
      afterSpace: s.labelWordsAfterSpace,
    };
  return provenanceMemo(provenanceKey as NonNullable<typeof provenanceKey>);
};
/**
 * Per row of the results on screen: the predicted class index (−1 while a filling prediction has
 * not scored the row yet) and the gold one (−1 = unlabelled).
 */
export interface PredictionClasses {
  predicted: number[];
  gold: number[];
}

/** The model's class probabilities per row on screen, before calibration ([] = not scored yet). */
const rawProbsMemo = memoizeLast((prediction: PredictionState): number[][] =>
  (prediction.result?.examples ?? []).map((e) => e.probs),
);

/** The prior the shown probabilities are divided by, and the probabilities after it. */
export interface ShownProbabilities {
  /** Per row, calibrated by the selected mode; [] while a row (or the prior) is not ready. */
  probs: number[][];
  /** The prior used (content-free or batch mean), or null for None or while not ready. */
  prior: number[] | null;
}

const shownProbsMemo = memoizeLast(
  (key: { raw: number[][]; calibration: CalibrationMode; contentFree: number[][] | null }) => {
    const { raw, calibration, contentFree } = key;
    if (calibration === 'none') return { probs: raw, prior: null };
    const prior = calibrationPrior(calibration, raw, contentFree);
    // Without its prior a row cannot be calibrated yet: it shows as not scored, never uncalibrated.
    return {
      probs: raw.map((p) => (prior && p.length > 0 ? calibrate(p, prior) : [])),
      prior,
    };
  },
);
let shownKey: Parameters<typeof shownProbsMemo>[0] | null = null;
/** The class probabilities on screen: the model's, calibrated as the Calibration select says. */
export const selectShownProbabilities = (s: AppState): ShownProbabilities => {
  const raw = rawProbsMemo(s.prediction);
  if (
    !shownKey ||
    shownKey.raw !== raw ||
    shownKey.calibration !== s.calibration ||
    shownKey.contentFree !== s.prediction.contentFree
  )
    shownKey = { raw, calibration: s.calibration, contentFree: s.prediction.contentFree };
  return shownProbsMemo(shownKey);
};

const goldMemo = memoizeLast((prediction: PredictionState): number[] =>
  goldIndices(
    prediction.examples.map((e) => e.gold),
    prediction.classNames,
  ),
);
const classesOf = (probs: number[][], gold: number[]): PredictionClasses => ({
  predicted: probs.map((p) => (p.length > 0 ? argmax(p) : -1)),
  gold,
});
const predictionClassesMemo = memoizeLast((key: { probs: number[][]; gold: number[] }) =>
  classesOf(key.probs, key.gold),
);
let classesKey: { probs: number[][]; gold: number[] } | null = null;
/**
 * Predicted (after calibration) and gold class indices of the results on screen. A label that
 * names no class is unlabelled here, so accuracy, Metrics and the table's wrong marks all agree.
 */
export const selectPredictionClasses = (s: AppState): PredictionClasses => {
  const probs = selectShownProbabilities(s).probs;
  const gold = goldMemo(s.prediction);
  if (!classesKey || classesKey.probs !== probs || classesKey.gold !== gold)
    classesKey = { probs, gold };
  return predictionClassesMemo(classesKey);
};

const rawClassesMemo = memoizeLast((key: { probs: number[][]; gold: number[] }) =>
  classesOf(key.probs, key.gold),
);
let rawClassesKey: { probs: number[][]; gold: number[] } | null = null;
/** The same before calibration: for the uncalibrated accuracy beside the calibrated one. */
export const selectUncalibratedClasses = (s: AppState): PredictionClasses => {
  const probs = rawProbsMemo(s.prediction);
  const gold = goldMemo(s.prediction);
  if (!rawClassesKey || rawClassesKey.probs !== probs || rawClassesKey.gold !== gold)
    rawClassesKey = { probs, gold };
  return rawClassesMemo(rawClassesKey);
};

const shownKeysMemo = memoizeLast((examples: Example[]) => exampleKeys(examples));
/** Identities of the examples the results on screen belong to (see `exampleKeys`). */
export const selectShownExampleKeys = (s: AppState): string[] =>
  shownKeysMemo(s.prediction.examples);

/** Whether each row's result is for the current inputs, and how many are. */
export interface RowsCurrent {
  /** Row i is current. */
  isCurrent: (index: number) => boolean;
  count: number;
  total: number;
}

const rowsCurrentMemo = memoizeLast(
  (key: { prediction: PredictionState; outdated: boolean }): RowsCurrent => {
    const { current, result } = key.prediction;
    const total = result?.examples.length ?? 0;
    if (current)
      return {
        isCurrent: (i) => current[i] === true,
        count: currentCount({ current }),
        total,
      };
    return { isCurrent: () => !key.outdated, count: key.outdated ? 0 : total, total };
  },
);
let rowsCurrentKey: { prediction: PredictionState; outdated: boolean } | null = null;
/** Which rows on screen are current: all once a prediction is complete, else the ones it filled. */
export const selectRowsCurrent = (s: AppState): RowsCurrent => {
  const outdated = selectResultsOutdated(s);
  if (
    !rowsCurrentKey ||
    rowsCurrentKey.prediction !== s.prediction ||
    rowsCurrentKey.outdated !== outdated
  )
    rowsCurrentKey = { prediction: s.prediction, outdated };
  return rowsCurrentMemo(rowsCurrentKey);
};

/** What the Metrics region shows: the figures over the evaluation rows, and which rows count. */
export interface EvaluationView {
  metrics: EvaluationMetrics;
  /** Accuracy before calibration on the same rows (equal to metrics.accuracy for None). */
  uncalibratedAccuracy: number | null;
  /** Evaluation rows: labelled rows on screen, less a tuned head's training sample in use. */
  rows: number;
  /** Of those, scored for the current inputs so far (all once the evaluation has finished). */
  evaluated: number;
  /** Labelled rows left out because the head in use was trained on them. */
  trainedExcluded: number;
  /** Typed examples and dataset rows among the evaluation rows. */
  typedRows: number;
  datasetRows: number;
  usingTunedHead: boolean;
}

const evaluationMemo = memoizeLast(
  (key: {
    classes: PredictionClasses;
    raw: PredictionClasses;
    keys: string[];
    trained: string[] | null;
    typedCount: number;
    classCount: number;
    /** Per row, whether its result is for the current inputs; null: all rows count. */
    current: boolean[] | null;
  }): EvaluationView => {
    const trained = new Set(key.trained ?? []);
    const { gold } = key.classes;
    const isEvaluationRow = (i: number) => (gold[i] ?? -1) >= 0 && !trained.has(key.keys[i] ?? '');
    // Rows still showing an older prompt's result (filling in, or after a cancel) do not count;
    // before the first rows of a new prediction arrive, the whole older result shows, dimmed.
    const counted = (i: number) => isEvaluationRow(i) && (key.current?.[i] ?? true);
    let rows = 0;
    let typedRows = 0;
    let trainedExcluded = 0;
    gold.forEach((g, i) => {
      if (g < 0) return;
      if (!isEvaluationRow(i)) trainedExcluded++;
      else {
        rows++;
        if (i < key.typedCount) typedRows++;
      }
    });
    const metrics = evaluate(key.classes.predicted, gold, key.classCount, counted);
    const raw = evaluate(key.raw.predicted, gold, key.classCount, counted);
    return {
      metrics,
      uncalibratedAccuracy: raw.accuracy,
      rows,
      evaluated: metrics.total,
      trainedExcluded,
      typedRows,
      datasetRows: rows - typedRows,
      usingTunedHead: key.trained !== null,
    };
  },
);
let evaluationViewKey: Parameters<typeof evaluationMemo>[0] | null = null;
/** The metrics of the results on screen over the evaluation rows (see `EvaluationView`). */
export const selectEvaluation = (s: AppState): EvaluationView => {
  const classes = selectPredictionClasses(s);
  const raw = selectUncalibratedClasses(s);
  const keys = selectShownExampleKeys(s);
  const { head, useTuned } = s.tuning;
  const trained =
    useTuned && head !== null && s.prediction.result?.tunedHeadApplied ? head.trainKeys : null;
  const typedCount = selectExamples(s).length;
  const classCount = s.prediction.classNames.length;
  const current = s.prediction.current;
  const k = evaluationViewKey;
  if (
    !k ||
    k.classes !== classes ||
    k.raw !== raw ||
    k.keys !== keys ||
    k.trained !== trained ||
    k.typedCount !== typedCount ||
    k.classCount !== classCount ||
    k.current !== current
  )
    evaluationViewKey = { classes, raw, keys, trained, typedCount, classCount, current };
  return evaluationMemo(evaluationViewKey as NonNullable<typeof evaluationViewKey>);
};

const searchRowsMemo = memoizeLast(
  (key: { examples: Example[]; classes: VerbalizerClass[]; sample: string[] | null }) =>
    searchRows(
      key.examples,
      key.classes.map((c) => c.name),
      key.sample,
    ),
);
let searchRowsKey: Parameters<typeof searchRowsMemo>[0] | null = null;
/**
 * The rows (indices into `selectEvaluationExamples`) the automatic searches learn from, and the
 * labelled rows they leave out: the tuned head's training sample when one is set, else all.
 */
export const selectSearchRows = (s: AppState): SearchRows => {
  const examples = selectEvaluationExamples(s);
  const sample = s.tuning.head?.trainKeys ?? null;
  if (
    !searchRowsKey ||
    searchRowsKey.examples !== examples ||
    searchRowsKey.classes !== s.classes ||
    searchRowsKey.sample !== sample
  )
    searchRowsKey = { examples, classes: s.classes, sample };
  return searchRowsMemo(searchRowsKey);
};
