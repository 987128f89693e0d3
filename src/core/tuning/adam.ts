/** Adam (Kingma & Ba 2015) over one flat parameter vector. Pure. */

/** Adam's settings; the defaults are the paper's. */
export interface AdamOptions {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** One optimiser state, bound to a parameter vector of fixed length. */
export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private step = 0;

  constructor(
    size: number,
    private readonly options: AdamOptions,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  /** Moves `params` one step against `grad`, in place. */
  update(params: Float64Array, grad: Float64Array): void {
    const { learningRate, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = this.options;
    this.step++;
    const c1 = 1 - beta1 ** this.step;
    const c2 = 1 - beta2 ** this.step;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i] ?? 0;
      const m = beta1 * (this.m[i] ?? 0) + (1 - beta1) * g;
      const v = beta2 * (this.v[i] ?? 0) + (1 - beta2) * g * g;
      this.m[i] = m;
      this.v[i] = v;
      params[i] = (params[i] ?? 0) - (learningRate * (m / c1)) / (Math.sqrt(v / c2) + epsilon);
    }
  }
}
