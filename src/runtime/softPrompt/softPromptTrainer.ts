/**
 * Training a soft prompt with MeZO, independent of the worker: the masked LM stays frozen and
 * only the soft vectors move. Each step draws a seeded mini-batch of the training rows and asks
 * MeZO for two forward passes on it (θ ± εz); the loss is the mean cross-entropy over the
 * verbalizer's classes at the mask. Forward passes only, so it runs on any graph the soft-input
 * rewrite supports, on WASM or WebGPU alike: exact gradients would need backpropagation through
 * the whole encoder, which neither ORT build offers for inference sessions.
 */
import type { WordEmbeddingTable } from '../../core/onnx/wordEmbeddings';
import { Mezo } from '../../core/softPrompt/mezo';
import { gaussian, seededRandom, shuffled } from '../../core/tuning/random';
import { argmax } from '../../core/softmax';
import {
  assembleRows,
  classProbabilities,
  type LabelledRow,
  type SoftPromptModel,
  type SoftPromptTask,
} from './softScoring';

export type { LabelledRow, SoftPromptModel, SoftPromptTask } from './softScoring';

/** The settings of one training run. */
export interface SoftPromptSettings {
  steps: number;
  learningRate: number;
  epsilon: number;
  /** Training rows per step (both of the step's passes read the same rows). */
  batchSize: number;
  seed: number;
  /** Evaluate every this many steps (and after the last); 0 never. */
  evalEvery: number;
}

/** What one step did, as the history table shows it. */
export interface SoftPromptStep {
  step: number;
  /** Mean cross-entropy on the step's mini-batch, (ℓ₊ + ℓ₋) / 2. */
  loss: number;
  /** Accuracy on the evaluation rows, on the steps that evaluated; else null. */
  evalAccuracy: number | null;
}

/** The learned vectors, the history, and whether the run was stopped before its last step. */
export interface SoftPromptResult {
  vectors: Float32Array[];
  history: SoftPromptStep[];
  stopped: boolean;
}

/** The embedding rows of `ids`, one soft vector each (copies: the table stays untouched). */
export function startVectors(ids: readonly number[], table: WordEmbeddingTable): Float32Array[] {
  const { hiddenSize: h, vocabSize } = table;
  return ids.map((id) => {
    if (!Number.isInteger(id) || id < 0 || id >= vocabSize)
      throw new Error(`token id ${id} is outside the vocabulary of ${vocabSize}`);
    return table.vectors.slice(id * h, (id + 1) * h);
  });
}

/**
 * `count` seeded random vectors, each coordinate normal with the table's own mean and standard
 * deviation, so a random start is as large as a word's embedding (unit-scale noise would swamp
 * the embedding layer norm's input).
 */
export function randomStartVectors(
  count: number,
  table: WordEmbeddingTable,
  seed: number,
): Float32Array[] {
  const values = table.vectors;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / Math.max(1, values.length);
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / Math.max(1, values.length));
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Float32Array.from({ length: table.hiddenSize }, () => mean + sd * gaussian(random)),
  );
}

/** Class probabilities of each text with `vectors` at the soft positions (null: the fill words). */
export async function scoreRows(
  model: SoftPromptModel,
  task: SoftPromptTask,
  texts: readonly string[],
  vectors: readonly Float32Array[] | null,
): Promise<number[][]> {
  return classProbabilities(model, task, assembleRows(model, task, texts), vectors);
}

/** Share of rows whose most probable class is the gold one (0 for none). */
export function accuracyOf(probs: number[][], rows: readonly LabelledRow[]): number {
  const right = probs.filter((p, i) => argmax(p) === rows[i]?.label).length;
  return right / Math.max(1, rows.length);
}

/** Mean −log P(gold class) over the rows. */
export function crossEntropy(probs: number[][], rows: readonly LabelledRow[]): number {
  const total = probs.reduce(
    (sum, p, i) => sum - Math.log(Math.max(p[rows[i]?.label ?? 0] ?? 0, 1e-12)),
    0,
  );
  return total / Math.max(1, rows.length);
}

/**
 * Trains the soft vectors from `start` for `settings.steps` MeZO steps on seeded mini-batches of
 * `train` (reshuffled each pass over the rows), evaluating on `evaluation` every `evalEvery`
 * steps. `onStep` hears every step; `shouldStop` is awaited before each one (the worker's pause
 * and stop), and a stop keeps the vectors learned so far.
 */
export async function trainSoftPrompt(
  model: SoftPromptModel,
  task: SoftPromptTask,
  train: readonly LabelledRow[],
  evaluation: readonly LabelledRow[],
  start: readonly Float32Array[],
  settings: SoftPromptSettings,
  onStep: (step: SoftPromptStep) => void,
  shouldStop: () => Promise<boolean>,
): Promise<SoftPromptResult> {
  const hidden = model.hiddenSize;
  const trainSequences = assembleRows(
    model,
    task,
    train.map((r) => r.text),
  );
  const evalSequences = assembleRows(
    model,
    task,
    evaluation.map((r) => r.text),
  );
  const flat = new Float64Array(start.length * hidden);
  start.forEach((v, j) => flat.set(v, j * hidden));
  const mezo = new Mezo(flat, {
    learningRate: settings.learningRate,
    epsilon: settings.epsilon,
    seed: settings.seed,
  });
  const asVectors = (theta: ArrayLike<number>) =>
    start.map((_, j) =>
      Float32Array.from({ length: hidden }, (_, k) => theta[j * hidden + k] ?? 0),
    );

  // Seeded mini-batches: the row order is reshuffled each time it runs out.
  const random = seededRandom(settings.seed);
  const batchSize = Math.max(1, Math.min(train.length, Math.floor(settings.batchSize)));
  let order: number[] = [];
  const nextBatch = () => {
    if (order.length < batchSize)
      order = [
        ...order,
        ...shuffled(
          train.map((_, i) => i),
          random,
        ),
      ];
    return order.splice(0, batchSize);
  };

  const evaluate = async (theta: ArrayLike<number>) =>
    evaluation.length === 0
      ? null
      : accuracyOf(
          await classProbabilities(model, task, evalSequences, asVectors(theta)),
          evaluation,
        );

  const history: SoftPromptStep[] = [];
  let stopped = false;
  for (let s = 1; s <= settings.steps; s++) {
    if (await shouldStop()) {
      stopped = true;
      break;
    }
    const rows = nextBatch();
    const sequences = rows.map((i) => trainSequences[i]!);
    const gold = rows.map((i) => train[i]!);
    const measured = await mezo.step(async (theta) =>
      crossEntropy(await classProbabilities(model, task, sequences, asVectors(theta)), gold),
    );
    if (!Number.isFinite(measured.loss))
      throw new Error(`the loss became ${measured.loss} at step ${s}`);
    const due = settings.evalEvery > 0 && (s % settings.evalEvery === 0 || s === settings.steps);
    const record = {
      step: s,
      loss: measured.loss,
      evalAccuracy: due ? await evaluate(mezo.parameters) : null,
    };
    history.push(record);
    onStep(record);
  }
  return { vectors: asVectors(mezo.parameters), history, stopped };
}
