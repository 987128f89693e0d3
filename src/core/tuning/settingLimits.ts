/**
 * Which values each tuning setting accepts: the number fields check typed text against these
 * rules before it reaches the settings, so a run never starts with zero shots or a runaway
 * learning rate. Pure.
 */
import type { TuningSettings } from './types';

/** The accepted range of one setting. */
export interface SettingRule {
  integer: boolean;
  min: number;
  /** Whether `min` itself is allowed (a learning rate must be above 0). */
  minInclusive: boolean;
  max: number;
}

/** The rule for every tuning setting. */
export const SETTING_RULES: Record<keyof TuningSettings, SettingRule> = {
  shots: { integer: true, min: 1, minInclusive: true, max: 1000 },
  epochs: { integer: true, min: 1, minInclusive: true, max: 1000 },
  learningRate: { integer: false, min: 0, minInclusive: false, max: 1 },
  l2: { integer: false, min: 0, minInclusive: true, max: 10 },
  batchSize: { integer: true, min: 1, minInclusive: true, max: 1024 },
  seed: { integer: true, min: 0, minInclusive: true, max: 2 ** 31 - 1 },
};

/** Why a typed value was refused, with the bounds for the message. */
export type SettingProblem =
  | { code: 'notNumber' }
  | { code: 'notInteger' }
  | { code: 'tooSmall'; min: number; inclusive: boolean }
  | { code: 'tooLarge'; max: number };

/** The value typed into a setting's field, or why it is refused. */
export type SettingCheck = { ok: true; value: number } | { ok: false; problem: SettingProblem };

/** Checks the text typed into the field of `key`. */
export function checkSetting(key: keyof TuningSettings, text: string): SettingCheck {
  const rule = SETTING_RULES[key];
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value))
    return { ok: false, problem: { code: 'notNumber' } };
  if (rule.integer && !Number.isInteger(value))
    return { ok: false, problem: { code: 'notInteger' } };
  if (value < rule.min || (!rule.minInclusive && value === rule.min))
    return {
      ok: false,
      problem: { code: 'tooSmall', min: rule.min, inclusive: rule.minInclusive },
    };
  if (value > rule.max) return { ok: false, problem: { code: 'tooLarge', max: rule.max } };
  return { ok: true, value };
}
