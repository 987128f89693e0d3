/**
 * MeZO (Malladi et al. 2023, "Fine-Tuning Language Models with Just Forward Passes"): zeroth-order
 * SGD for a frozen model's soft prompt, two forward passes per step and no gradients. Each step
 * draws a direction z ~ N(0, I) from its own seed, measures the loss at θ + εz and θ − εz, and
 * moves along z by the projected gradient g = (ℓ₊ − ℓ₋) / 2ε:
 *
 *   θ ← θ − lr · (g · z + weightDecay · θ)
 *
 * In expectation g · z is the gradient (E[z zᵀ] = I). As in the paper's code, z is never stored:
 * it is drawn again from the step's seed each time it is needed (perturb, flip, restore, update),
 * and the step seeds come from one generator seeded by the run's seed, so a run is repeatable.
 * The loss is injected (async: the real one runs the ONNX model), so this module stays pure.
 */
import { gaussian, seededRandom } from '../tuning/random';

/** MeZO's settings. */
export interface MezoOptions {
  /** Step size lr. */
  learningRate: number;
  /** Perturbation scale ε (the paper uses 1e-3 for full fine-tuning). */
  epsilon: number;
  /** Decoupled L2 pull towards zero, as in the paper's update; 0 by default. */
  weightDecay?: number;
  /** Seeds every direction of the run. */
  seed: number;
}

/** The loss at a parameter vector; it must not keep or change the array it is given. */
export type LossAt = (parameters: Float64Array) => Promise<number>;

/** What one step measured. */
export interface MezoStep {
  /** 1-based step number. */
  step: number;
  lossPlus: number;
  lossMinus: number;
  /** (ℓ₊ + ℓ₋) / 2: the loss at θ up to O(ε²), what a history shows. */
  loss: number;
  /** g = (ℓ₊ − ℓ₋) / 2ε. */
  projectedGradient: number;
}

/** One MeZO run over a flat parameter vector (e.g. 4 soft vectors × hidden size). */
export class Mezo {
  private readonly theta: Float64Array;
  private readonly stepSeeds: () => number;
  private steps = 0;

  constructor(
    initial: ArrayLike<number>,
    private readonly options: MezoOptions,
  ) {
    this.theta = Float64Array.from(initial);
    this.stepSeeds = seededRandom(options.seed);
  }

  /** A copy of the current parameters. */
  get parameters(): Float64Array {
    return this.theta.slice();
  }

  /** How many steps have been taken. */
  get stepCount(): number {
    return this.steps;
  }

  /** Takes one step: two loss evaluations, then the update along the step's direction. */
  async step(lossAt: LossAt): Promise<MezoStep> {
    const { learningRate, epsilon, weightDecay = 0 } = this.options;
    const seed = Math.floor(this.stepSeeds() * 2 ** 32);
    this.perturb(seed, epsilon);
    const lossPlus = await lossAt(this.theta);
    this.perturb(seed, -2 * epsilon);
    const lossMinus = await lossAt(this.theta);
    this.perturb(seed, epsilon);
    const projectedGradient = (lossPlus - lossMinus) / (2 * epsilon);
    const random = seededRandom(seed);
    for (let i = 0; i < this.theta.length; i++) {
      const z = gaussian(random);
      const value = this.theta[i] ?? 0;
      this.theta[i] = value - learningRate * (projectedGradient * z + weightDecay * value);
    }
    this.steps++;
    return {
      step: this.steps,
      lossPlus,
      lossMinus,
      loss: (lossPlus + lossMinus) / 2,
      projectedGradient,
    };
  }

  /** θ += scale · z, with z drawn again from the step's seed. */
  private perturb(seed: number, scale: number): void {
    const random = seededRandom(seed);
    for (let i = 0; i < this.theta.length; i++)
      this.theta[i] = (this.theta[i] ?? 0) + scale * gaussian(random);
  }
}
