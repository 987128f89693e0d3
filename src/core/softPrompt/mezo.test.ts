import { describe, expect, it } from 'vitest';
import { Mezo, type LossAt } from './mezo';

/** f(θ) = Σ aᵢ (θᵢ − cᵢ)², minimum 0 at c. */
const centre = [0.5, -1, 2, 0, 1.5, -0.5, 0.25, -2];
const curvature = [1, 0.5, 2, 1.5, 1, 0.75, 1.25, 0.5];
const quadratic: LossAt = (theta) =>
  Promise.resolve(
    centre.reduce((sum, c, i) => sum + (curvature[i] ?? 0) * ((theta[i] ?? 0) - c) ** 2, 0),
  );

async function run(seed: number, steps: number, weightDecay = 0): Promise<Mezo> {
  const mezo = new Mezo(new Float64Array(centre.length), {
    learningRate: 0.02,
    epsilon: 1e-3,
    weightDecay,
    seed,
  });
  for (let s = 0; s < steps; s++) await mezo.step(quadratic);
  return mezo;
}

describe('Mezo', () => {
  it('walks a quadratic down to its minimum', async () => {
    const start = await quadratic(new Float64Array(centre.length));
    const mezo = await run(7, 1500);
    const end = await quadratic(mezo.parameters);
    expect(start).toBeGreaterThan(10);
    expect(end).toBeLessThan(1e-3);
    mezo.parameters.forEach((v, i) => expect(v).toBeCloseTo(centre[i] ?? 0, 1));
    expect(mezo.stepCount).toBe(1500);
  });

  it('repeats a run exactly from the same seed, and not from another', async () => {
    const a = await run(42, 50);
    const b = await run(42, 50);
    const c = await run(43, 50);
    expect(Array.from(a.parameters)).toEqual(Array.from(b.parameters));
    expect(Array.from(a.parameters)).not.toEqual(Array.from(c.parameters));
  });

  it('measures at θ ± εz and moves by −lr · (ℓ₊ − ℓ₋)/2ε · z', async () => {
    // A linear loss wᵀθ: the projected gradient is exactly wᵀz.
    const w = [3, -1, 2];
    const seen: Float64Array[] = [];
    const linear: LossAt = (theta) => {
      seen.push(theta.slice());
      return Promise.resolve(w.reduce((s, wi, i) => s + wi * (theta[i] ?? 0), 0));
    };
    const theta0 = [0.1, 0.2, 0.3];
    const epsilon = 0.01;
    const learningRate = 0.1;
    const mezo = new Mezo(theta0, { learningRate, epsilon, seed: 5 });
    const step = await mezo.step(linear);
    expect(seen).toHaveLength(2);
    const [plus, minus] = seen as [Float64Array, Float64Array];
    const z = theta0.map((_, i) => ((plus[i] ?? 0) - (minus[i] ?? 0)) / (2 * epsilon));
    theta0.forEach((t, i) => expect(((plus[i] ?? 0) + (minus[i] ?? 0)) / 2).toBeCloseTo(t, 12));
    const g = w.reduce((s, wi, i) => s + wi * (z[i] ?? 0), 0);
    expect(step.projectedGradient).toBeCloseTo(g, 9);
    expect(step.loss).toBeCloseTo((step.lossPlus + step.lossMinus) / 2, 12);
    mezo.parameters.forEach((v, i) =>
      expect(v).toBeCloseTo((theta0[i] ?? 0) - learningRate * g * (z[i] ?? 0), 9),
    );
  });

  it('decays the weights by lr · weightDecay when the loss is flat', async () => {
    const mezo = new Mezo([1, -2], { learningRate: 0.1, epsilon: 1e-3, weightDecay: 0.5, seed: 1 });
    await mezo.step(() => Promise.resolve(0));
    const [a, b] = mezo.parameters;
    expect(a).toBeCloseTo(0.95, 9);
    expect(b).toBeCloseTo(-1.9, 9);
  });
});
