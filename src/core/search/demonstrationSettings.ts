/**
 * The settings of in-context demonstrations (LM-BFF): whether each input is followed by labelled
 * examples, how many per class, how many sets are averaged, how they are picked and the seed.
 * Their defaults, limits and the reader that repairs a damaged stored value. Pure.
 */

/** How demonstrations are picked from the pool: seeded at random, or the most similar first. */
export type DemonstrationSampling = 'random' | 'similar';

/** What the Demonstrations panel edits; saved with the workspace. */
export interface DemonstrationSettings {
  enabled: boolean;
  /** Demonstrations per class in each set (1–4). */
  perClass: number;
  /** Demonstration sets, each scored on its own and averaged (1–8). */
  sets: number;
  sampling: DemonstrationSampling;
  seed: number;
}

/** Smallest and largest allowed values of the whole-number settings. */
export const DEMONSTRATION_LIMITS = {
  perClass: { min: 1, max: 4 },
  sets: { min: 1, max: 8 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** A fresh copy of the defaults: off, one per class, one set, random, seed 1. */
export function defaultDemonstrations(): DemonstrationSettings {
  return { enabled: false, perClass: 1, sets: 1, sampling: 'random', seed: 1 };
}

/** Whether `value` names a sampling rule. */
export function isDemonstrationSampling(value: unknown): value is DemonstrationSampling {
  return value === 'random' || value === 'similar';
}

/** A whole number within the limits of `key`, or null. */
export function demonstrationCount(
  key: keyof typeof DEMONSTRATION_LIMITS,
  value: unknown,
): number | null {
  const { min, max } = DEMONSTRATION_LIMITS[key];
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : null;
}

/**
 * Reads stored settings field by field: a damaged field takes the fallback's value and the
 * answer says something was repaired; a missing field (saved by an older version) is no damage.
 * Null when the value is not an object at all.
 */
export function readDemonstrationSettings(
  value: unknown,
  fallback: DemonstrationSettings,
): { settings: DemonstrationSettings; repaired: boolean } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  let repaired = false;
  const take = <T>(raw: unknown, read: (x: unknown) => T | null, or: T): T => {
    if (raw === undefined) return or;
    const out = read(raw);
    if (out === null) repaired = true;
    return out ?? or;
  };
  const settings: DemonstrationSettings = {
    enabled: take(v.enabled, (x) => (typeof x === 'boolean' ? x : null), fallback.enabled),
    perClass: take(v.perClass, (x) => demonstrationCount('perClass', x), fallback.perClass),
    sets: take(v.sets, (x) => demonstrationCount('sets', x), fallback.sets),
    sampling: take(v.sampling, (x) => (isDemonstrationSampling(x) ? x : null), fallback.sampling),
    seed: take(v.seed, (x) => demonstrationCount('seed', x), fallback.seed),
  };
  return { settings, repaired };
}
