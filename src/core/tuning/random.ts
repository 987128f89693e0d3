/** Seeded randomness for tuning: every sample, shuffle and initialisation can be repeated. Pure. */

/** A PRNG returning floats in [0, 1); mulberry32, small and good enough for sampling and init. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A standard normal draw (Box–Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The outcome of a few-shot split. */
export type FewShotSplit =
  | { ok: true; train: number[]; evaluation: number[] }
  | { ok: false; reason: 'tooFewExamples'; className: string; available: number; needed: number };

/**
 * Samples k labelled examples per class for training (seeded); the rest are the evaluation set.
 * Refuses a k that would leave a class with no evaluation example.
 */
export function fewShotSplit(
  labels: number[],
  classNames: string[],
  k: number,
  seed: number,
): FewShotSplit {
  const random = seededRandom(seed);
  const train: number[] = [];
  for (let c = 0; c < classNames.length; c++) {
    const pool = labels.flatMap((label, i) => (label === c ? [i] : []));
    if (pool.length < k + 1)
      return {
        ok: false,
        reason: 'tooFewExamples',
        className: classNames[c] ?? '',
        available: pool.length,
        needed: k + 1,
      };
    train.push(...shuffled(pool, random).slice(0, k));
  }
  const chosen = new Set(train);
  const evaluation = labels.flatMap((label, i) => (label >= 0 && !chosen.has(i) ? [i] : []));
  return { ok: true, train: train.sort((a, b) => a - b), evaluation };
}
