import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSetting, SETTING_RULES } from './settingLimits';
import type { TuningSettings } from './types';

const KEYS = Object.keys(SETTING_RULES) as Array<keyof TuningSettings>;

describe('checkSetting', () => {
  it('refuses negative or zero shots, fractional shots and empty text', () => {
    expect(checkSetting('shots', '-1')).toEqual({
      ok: false,
      problem: { code: 'tooSmall', min: 1, inclusive: true },
    });
    expect(checkSetting('shots', '0').ok).toBe(false);
    expect(checkSetting('shots', '2.5')).toEqual({ ok: false, problem: { code: 'notInteger' } });
    expect(checkSetting('shots', '')).toEqual({ ok: false, problem: { code: 'notNumber' } });
    expect(checkSetting('shots', '4')).toEqual({ ok: true, value: 4 });
  });

  it('refuses absurd learning rates, batch sizes below 1 and too many epochs', () => {
    expect(checkSetting('learningRate', '0').ok).toBe(false);
    expect(checkSetting('learningRate', '-0.01').ok).toBe(false);
    expect(checkSetting('learningRate', '5')).toEqual({
      ok: false,
      problem: { code: 'tooLarge', max: 1 },
    });
    expect(checkSetting('learningRate', '0.002')).toEqual({ ok: true, value: 0.002 });
    expect(checkSetting('batchSize', '0').ok).toBe(false);
    expect(checkSetting('epochs', '100000').ok).toBe(false);
    expect(checkSetting('l2', '0')).toEqual({ ok: true, value: 0 });
  });

  it('accepts exactly the finite numbers inside each rule', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -5000, max: 5000 })),
        (key, value) => {
          const rule = SETTING_RULES[key];
          const inside =
            Number.isFinite(value) &&
            (!rule.integer || Number.isInteger(value)) &&
            (rule.minInclusive ? value >= rule.min : value > rule.min) &&
            value <= rule.max;
          const check = checkSetting(key, String(value));
          expect(check.ok).toBe(inside);
          if (check.ok) expect(check.value).toBe(Number(String(value)));
        },
      ),
    );
  });
});
