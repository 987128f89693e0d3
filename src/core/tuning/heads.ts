/**
 * The two heads the few-shot experiment compares, on features cached from the frozen encoder.
 *
 * - Prompt head ("only the MLM head is tuned"): per label word v a residual weight vector Δw_v
 *   and bias Δb_v on top of the pretrained label-word logit, z_v = z0_v + Δw_v·h + Δb_v. Class c
 *   gets Σ_{v∈c} exp z_v normalised over all label words — the scoring rule, so with Δ = 0 it is
 *   exactly the zero-shot verbalizer.
 * - [CLS] head (classic fine-tuning): a new linear classifier on e, randomly initialised.
 *
 * Both expose a flat parameter vector, class probabilities, and the mean cross-entropy with its
 * gradient (plus L2 toward zero), so one optimiser and one loop train either. Pure.
 */
import { gaussian, seededRandom } from './random';

/** One labelled example's cached features. */
export interface TuningExample {
  /** The MLM head's input at the (first) mask. */
  h: Float32Array;
  /** The encoder's output at position 0 ([CLS]). */
  e: Float32Array;
  /** log of each label word's zero-shot score (any per-example constant cancels), all classes flat. */
  wordLogits: Float32Array;
  /** Gold class index. */
  label: number;
}

/** A trainable head. */
export interface Head {
  readonly kind: 'prompt' | 'cls';
  readonly params: Float64Array;
  /** Class probabilities for one example. */
  probabilities(example: TuningExample): number[];
  /** Mean cross-entropy over `batch` plus (l2 / 2)·|θ|²; writes the gradient into `grad`. */
  lossAndGradient(batch: TuningExample[], l2: number, grad: Float64Array): number;
}

/** Softmax-normalised sums of exp(logit) per group; stable against large logits. */
function groupProbabilities(
  logits: ArrayLike<number>,
  groupOf: number[],
  groups: number,
): { probs: number[]; q: number[] } {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] ?? -Infinity);
  const q = Array.from({ length: logits.length }, (_, i) => Math.exp((logits[i] ?? 0) - max));
  const total = q.reduce((a, b) => a + b, 0);
  const probs = new Array<number>(groups).fill(0);
  q.forEach((value, i) => {
    q[i] = value / total;
    probs[groupOf[i] ?? 0] = (probs[groupOf[i] ?? 0] ?? 0) + (q[i] ?? 0);
  });
  return { probs, q };
}

function addL2(params: Float64Array, l2: number, grad: Float64Array): number {
  let penalty = 0;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] ?? 0;
    penalty += p * p;
    grad[i] = (grad[i] ?? 0) + l2 * p;
  }
  return 0.5 * l2 * penalty;
}

/** The prompt head: residuals on the label words' logits, starting at zero (= zero-shot). */
export class PromptHead implements Head {
  readonly kind = 'prompt';
  readonly params: Float64Array;

  /** `wordClass[v]` is the class of label word v; `hidden` is the size of h. */
  constructor(
    private readonly wordClass: number[],
    private readonly classes: number,
    private readonly hidden: number,
  ) {
    this.params = new Float64Array(wordClass.length * (hidden + 1));
  }

  private logits(example: TuningExample): Float64Array {
    const z = new Float64Array(this.wordClass.length);
    const stride = this.hidden + 1;
    for (let v = 0; v < z.length; v++) {
      let dot = this.params[v * stride + this.hidden] ?? 0;
      for (let j = 0; j < this.hidden; j++)
        dot += (this.params[v * stride + j] ?? 0) * (example.h[j] ?? 0);
      z[v] = (example.wordLogits[v] ?? 0) + dot;
    }
    return z;
  }

  probabilities(example: TuningExample): number[] {
    return groupProbabilities(this.logits(example), this.wordClass, this.classes).probs;
  }

  lossAndGradient(batch: TuningExample[], l2: number, grad: Float64Array): number {
    grad.fill(0);
    const stride = this.hidden + 1;
    let loss = 0;
    for (const example of batch) {
      const { probs, q } = groupProbabilities(this.logits(example), this.wordClass, this.classes);
      const gold = Math.max(probs[example.label] ?? 0, 1e-300);
      loss -= Math.log(gold);
      for (let v = 0; v < q.length; v++) {
        // d(−log P_y)/dz_v = q_v − [v ∈ y]·q_v / P_y
        const dz =
          ((q[v] ?? 0) - (this.wordClass[v] === example.label ? (q[v] ?? 0) / gold : 0)) /
          batch.length;
        for (let j = 0; j < this.hidden; j++)
          grad[v * stride + j] = (grad[v * stride + j] ?? 0) + dz * (example.h[j] ?? 0);
        grad[v * stride + this.hidden] = (grad[v * stride + this.hidden] ?? 0) + dz;
      }
    }
    return loss / batch.length + addL2(this.params, l2, grad);
  }
}

/** The classic fine-tuning head: a new linear classifier on e, seeded random start. */
export class ClsHead implements Head {
  readonly kind = 'cls';
  readonly params: Float64Array;
  private readonly identity: number[];

  constructor(
    private readonly classes: number,
    private readonly hidden: number,
    seed: number,
  ) {
    this.params = new Float64Array(classes * (hidden + 1));
    const random = seededRandom(seed);
    // Small random weights, zero bias: the usual start for a new classification layer.
    for (let c = 0; c < classes; c++)
      for (let j = 0; j < hidden; j++) this.params[c * (hidden + 1) + j] = 0.02 * gaussian(random);
    this.identity = Array.from({ length: classes }, (_, c) => c);
  }

  private logits(example: TuningExample): Float64Array {
    const stride = this.hidden + 1;
    const z = new Float64Array(this.classes);
    for (let c = 0; c < this.classes; c++) {
      let dot = this.params[c * stride + this.hidden] ?? 0;
      for (let j = 0; j < this.hidden; j++)
        dot += (this.params[c * stride + j] ?? 0) * (example.e[j] ?? 0);
      z[c] = dot;
    }
    return z;
  }

  probabilities(example: TuningExample): number[] {
    return groupProbabilities(this.logits(example), this.identity, this.classes).probs;
  }

  lossAndGradient(batch: TuningExample[], l2: number, grad: Float64Array): number {
    grad.fill(0);
    const stride = this.hidden + 1;
    let loss = 0;
    for (const example of batch) {
      const probs = this.probabilities(example);
      loss -= Math.log(Math.max(probs[example.label] ?? 0, 1e-300));
      for (let c = 0; c < this.classes; c++) {
        const dz = ((probs[c] ?? 0) - (c === example.label ? 1 : 0)) / batch.length;
        for (let j = 0; j < this.hidden; j++)
          grad[c * stride + j] = (grad[c * stride + j] ?? 0) + dz * (example.e[j] ?? 0);
        grad[c * stride + this.hidden] = (grad[c * stride + this.hidden] ?? 0) + dz;
      }
    }
    return loss / batch.length + addL2(this.params, l2, grad);
  }
}
