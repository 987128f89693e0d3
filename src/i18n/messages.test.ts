import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageKey } from './messages';

describe('messages', () => {
  it('has a non-empty Chinese string for every English one, with the same placeholders', () => {
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(MESSAGES.zh[key].trim(), key).not.toBe('');
      expect(placeholders(MESSAGES.zh[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('fills values and leaves literal placeholders such as {text} alone', () => {
    expect(translate('en', 'templateNoText')).toBe('Add {text} where the example should go.');
    expect(translate('en', 'templateUnknownPlaceholder', { name: 'foo' })).toBe(
      'Unknown placeholder {foo}: only {text} and {text_b} are allowed.',
    );
    expect(translate('zh', 'templateMultipleMasks', { count: 2 })).toBe(
      '[MASK] 只能出现一次（现有 2 个）。',
    );
  });
});
