/**
 * Head tuning inside the worker: features from the runner's cache (the encoder never runs
 * again for them), then the pure training loop for both heads, one epoch at a time with a
 * pause between epochs so a Stop message gets through.
 */
import { ClsHead, PromptHead, type Head, type TuningExample } from '../core/tuning/heads';
import { fewShotSplit } from '../core/tuning/random';
import { headAccuracy, trainHead } from '../core/tuning/train';
import type {
  CurveRow,
  HistoryRow,
  TunedHeadParams,
  TuningProblem,
  TuningSettings,
} from '../core/tuning/types';
import type { PredictInput, TuningFeatures } from './maskedLmRunner';
import type { WorkerError, WorkerRequest, WorkerResponse } from './protocol';

/** Where a job gets its features: the runner of the model it started with. */
export type FeatureSource = (input: PredictInput) => Promise<TuningFeatures | WorkerError>;

/** A tuning request as the worker receives it. */
export type TuningRequest = Extract<WorkerRequest, { type: 'train' | 'learningCurve' }>;

const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Features per example, or the problem that keeps them from being computed. */
async function featuresFor(features: FeatureSource, input: PredictInput, labels: number[]) {
  const computed = await features(input);
  if ('code' in computed)
    return computed.code === 'templateTooLong'
      ? computed
      : ({
          code: 'failed',
          detail: 'message' in computed ? computed.message : computed.code,
        } satisfies TuningProblem);
  return usableFeatures(computed, labels);
}

/** The features as training examples, or noFeatures when any of them is not a finite number. */
function usableFeatures(
  features: TuningFeatures,
  labels: number[],
):
  | { examples: TuningExample[]; hidden: number; wordClass: number[]; hasCls: boolean }
  | TuningProblem {
  const hidden = features.examples.find((e) => e.h)?.h?.length ?? 0;
  const examples: TuningExample[] = features.examples.map((f, i) => ({
    h: f.h ?? new Float32Array(0),
    e: f.e ?? new Float32Array(0),
    wordLogits: f.wordLogits,
    label: labels[i] ?? -1,
  }));
  const bad = examples.some((e) =>
    [...e.h, ...e.e, ...e.wordLogits].some((v) => !Number.isFinite(v)),
  );
  return bad
    ? { code: 'noFeatures' }
    : {
        examples,
        hidden,
        wordClass: features.wordClass,
        hasCls: features.examples.every((f) => f.e),
      };
}

/** Trains both heads on a seeded k-shot sample; reports every epoch; returns the prompt head. */
export async function runTraining(
  features: FeatureSource,
  input: PredictInput,
  labels: number[],
  classNames: string[],
  settings: TuningSettings,
  onEpoch: (row: HistoryRow) => void,
  shouldStop: () => Promise<boolean>,
): Promise<{ head: TunedHeadParams; trainIndices: number[] } | TuningProblem> {
  const split = fewShotSplit(labels, classNames, settings.shots, settings.seed);
  if (!split.ok)
    return {
      code: 'tooFewExamples',
      className: split.className,
      available: split.available,
      needed: split.needed,
    };
  const data = await featuresFor(features, input, labels);
  if ('code' in data) return data;
  const pick = (indices: number[]) => indices.map((i) => data.examples[i] as TuningExample);
  const train = pick(split.train);
  const evaluation = pick(split.evaluation);
  const prompt = new PromptHead(data.wordClass, classNames.length, data.hidden);
  const cls = data.hasCls ? new ClsHead(classNames.length, data.hidden, settings.seed) : null;
  const promptSteps = trainHead(prompt, train, evaluation, settings);
  const clsSteps = cls ? trainHead(cls, train, evaluation, settings) : null;
  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      if (await shouldStop()) return { code: 'stopped' };
      const p = promptSteps.next().value;
      const c = clsSteps?.next().value;
      if (!p) break;
      onEpoch({ epoch, prompt: p, cls: c ?? null });
      await breathe();
    }
  } catch (error) {
    return { code: 'diverged', detail: error instanceof Error ? error.message : String(error) };
  }
  return {
    head: { params: [...prompt.params], hidden: data.hidden, wordCount: data.wordClass.length },
    trainIndices: split.train,
  };
}

const CURVE_SHOTS = [0, 1, 2, 4, 8, 16];
const CURVE_SEEDS = 5;

/**
 * The learning-curve experiment: for each k the pool allows, 5 seeds × both heads, mean and
 * standard deviation of evaluation accuracy. k = 0 is the zero-shot verbalizer for the prompt
 * head and chance for the [CLS] head.
 */
export async function runLearningCurve(
  features: FeatureSource,
  input: PredictInput,
  labels: number[],
  classNames: string[],
  settings: TuningSettings,
  onProgress: (done: number, total: number) => void,
  shouldStop: () => Promise<boolean>,
): Promise<{ rows: CurveRow[]; skipped: number[] } | TuningProblem> {
  const data = await featuresFor(features, input, labels);
  if ('code' in data) return data;
  const rows: CurveRow[] = [];
  const skipped: number[] = [];
  const total = CURVE_SHOTS.length * CURVE_SEEDS;
  let done = 0;
  for (const k of CURVE_SHOTS) {
    const scores: Record<'prompt' | 'cls', number[]> = { prompt: [], cls: [] };
    for (let seed = 1; seed <= CURVE_SEEDS; seed++) {
      if (await shouldStop()) return { code: 'stopped' };
      const split = fewShotSplit(labels, classNames, k, settings.seed + seed);
      if (!split.ok) {
        skipped.push(k);
        break;
      }
      const train = split.train.map((i) => data.examples[i] as TuningExample);
      const evaluation = split.evaluation.map((i) => data.examples[i] as TuningExample);
      const heads: Head[] = [new PromptHead(data.wordClass, classNames.length, data.hidden)];
      if (data.hasCls)
        heads.push(new ClsHead(classNames.length, data.hidden, settings.seed + seed));
      for (const head of heads) {
        if (k > 0) {
          const steps = trainHead(head, train, evaluation, {
            ...settings,
            seed: settings.seed + seed,
          });
          while (!steps.next().done);
        }
        const accuracy =
          k === 0 && head.kind === 'cls'
            ? 1 / classNames.length
            : (headAccuracy(head, evaluation) ?? 0);
        scores[head.kind].push(accuracy);
      }
      onProgress(++done, total);
      await breathe();
    }
    if (skipped.includes(k)) continue;
    for (const head of ['prompt', 'cls'] as const) {
      const values = scores[head];
      if (values.length === 0) continue;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
      rows.push({ k, head, mean, std });
    }
  }
  return { rows, skipped };
}

/**
 * Runs one tuning request to its answer: epochs or curve progress as they come, then the head,
 * the curve or the problem. An exception is answered as `failed` with its message: it is not
 * the training diverging.
 */
export async function runTuningJob(
  request: TuningRequest,
  features: FeatureSource,
  reply: (message: WorkerResponse) => void,
  shouldStop: () => Promise<boolean>,
): Promise<void> {
  const { id } = request;
  const input = { ...request.input, tunedHead: null };
  const { labels, classNames, settings } = request;
  try {
    if (request.type === 'train') {
      const result = await runTraining(
        features,
        input,
        labels,
        classNames,
        settings,
        (row) => reply({ type: 'epoch', id, row }),
        shouldStop,
      );
      if ('code' in result) reply({ type: 'tuningFailed', id, problem: result });
      else reply({ type: 'trained', id, head: result.head, trainIndices: result.trainIndices });
    } else {
      const result = await runLearningCurve(
        features,
        input,
        labels,
        classNames,
        settings,
        (done, total) => reply({ type: 'curveProgress', id, done, total }),
        shouldStop,
      );
      if ('code' in result) reply({ type: 'tuningFailed', id, problem: result });
      else reply({ type: 'curve', id, rows: result.rows, skipped: result.skipped });
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reply({ type: 'tuningFailed', id, problem: { code: 'failed', detail } });
  }
}
