import { describe, expect, it } from 'vitest';
import { bundledModelFor, isBundledModel, modelForLanguage } from './bundledModels';
import type { ModelSource } from './modelSource';

const hub: ModelSource = {
  kind: 'hub',
  repo: 'google-bert/bert-base-chinese',
  host: 'https://huggingface.co',
  revision: 'main',
  dtype: 'q8',
};

describe('bundled models', () => {
  it('gives each UI language its own bundled model', () => {
    expect(bundledModelFor('en')).toEqual({ kind: 'bundled', name: 'cloze-lab-en', dtype: 'fp32' });
    expect(bundledModelFor('zh')).toEqual({ kind: 'bundled', name: 'cloze-lab-zh', dtype: 'fp32' });
  });

  it('moves a bundled model to the language’s own and leaves a chosen model alone', () => {
    expect(modelForLanguage(bundledModelFor('en'), 'zh')).toEqual(bundledModelFor('zh'));
    expect(modelForLanguage(bundledModelFor('zh'), 'en')).toEqual(bundledModelFor('en'));
    expect(modelForLanguage(hub, 'zh')).toBe(hub);
    const served: ModelSource = { kind: 'bundled', name: 'cloze-mini', dtype: 'fp32' };
    expect(isBundledModel(served)).toBe(false);
    expect(modelForLanguage(served, 'zh')).toBe(served);
  });
});
