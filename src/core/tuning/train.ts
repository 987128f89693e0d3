/** The training loop both heads share: seeded mini-batches, Adam, one record per epoch. Pure. */
import { accuracy } from '../metrics';
import { argmax } from '../softmax';
import { Adam } from './adam';
import type { Head, TuningExample } from './heads';
import { seededRandom, shuffled } from './random';

/** Hyperparameters a person sets in the UI. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  batchSize: number;
  seed: number;
}

/** What one epoch did. */
export interface EpochRecord {
  epoch: number;
  loss: number;
  trainAccuracy: number;
  evalAccuracy: number | null;
}

/** Share of examples whose most probable class is the gold one; null for none. */
export function headAccuracy(head: Head, examples: TuningExample[]): number | null {
  return accuracy(
    examples.map((example) => argmax(head.probabilities(example))),
    examples.map((example) => example.label),
  ).value;
}

/**
 * Trains `head` in place, yielding after every epoch so a caller can draw, pause or stop.
 * Throws when the loss stops being a finite number (bad features or a runaway learning rate).
 */
export function* trainHead(
  head: Head,
  train: TuningExample[],
  evaluation: TuningExample[],
  options: TrainOptions,
): Generator<EpochRecord> {
  const adam = new Adam(head.params.length, { learningRate: options.learningRate });
  const grad = new Float64Array(head.params.length);
  const random = seededRandom(options.seed);
  const batchSize = Math.max(1, Math.floor(options.batchSize));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let lossSum = 0;
    const order = shuffled(train, random);
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const loss = head.lossAndGradient(batch, options.l2, grad);
      if (!Number.isFinite(loss)) throw new Error(`the loss became ${loss} in epoch ${epoch}`);
      lossSum += loss * batch.length;
      adam.update(head.params, grad);
    }
    yield {
      epoch,
      loss: lossSum / Math.max(1, order.length),
      trainAccuracy: headAccuracy(head, train) ?? 0,
      evalAccuracy: headAccuracy(head, evaluation),
    };
  }
}
