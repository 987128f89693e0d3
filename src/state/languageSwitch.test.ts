/**
 * Switching the UI language never replaces the workspace on its own: the language's demo is
 * offered, and accepting it is restorable like any whole replacement.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledModelFor } from '../core/bundledModels';
import { defaultWorkspace } from '../core/defaults';
import type { ModelSource } from '../core/modelSource';
import { templatePresets } from '../core/templatePresets';
import { applyTemplatePreset } from './applyPreset';
import { declineLanguageDemo, openLanguageDemo, switchLanguage } from './languageSwitch';
import { resetWorkspace, restorePreviousWorkspace } from './replaceWorkspace';
import { useAppStore } from './store';

// Loading a model is the worker's business: these tests only follow the store.
vi.mock('./followWorkspaceModel', () => ({ followWorkspaceModel: () => undefined }));

const hub: ModelSource = {
  kind: 'hub',
  repo: 'google-bert/bert-base-chinese',
  host: 'https://huggingface.co',
  revision: 'main',
  dtype: 'q8',
};

function start(model: ModelSource = bundledModelFor('en')): void {
  useAppStore.setState((s) => ({
    ...defaultWorkspace('en'),
    language: 'en',
    previousWorkspace: null,
    demoOffer: null,
    model: { ...s.model, source: model },
  }));
}

describe('switching the UI language', () => {
  beforeEach(() => start());

  it('offers the demo and keeps the workspace until the person accepts', () => {
    useAppStore.getState().setTemplate('{text} Mine: [MASK].');
    switchLanguage('zh');
    const s = useAppStore.getState();
    expect(s.language).toBe('zh');
    expect(s.template).toBe('{text} Mine: [MASK].');
    expect(s.demoOffer).toBe('zh');
    expect(s.model.source).toEqual(bundledModelFor('en'));

    openLanguageDemo();
    const after = useAppStore.getState();
    expect(after.template).toBe(defaultWorkspace('zh').template);
    expect(after.examplesText).toBe(defaultWorkspace('zh').examplesText);
    expect(after.model.source).toEqual(bundledModelFor('zh'));
    expect(after.demoOffer).toBeNull();
    expect(after.previousWorkspace?.reason).toBe('languageDemo');

    restorePreviousWorkspace();
    expect(useAppStore.getState().template).toBe('{text} Mine: [MASK].');
    expect(useAppStore.getState().model.source).toEqual(bundledModelFor('en'));
  });

  it('offers it for the other language’s untouched demo too, and declining changes nothing', () => {
    switchLanguage('zh');
    expect(useAppStore.getState().demoOffer).toBe('zh');
    declineLanguageDemo();
    expect(useAppStore.getState().demoOffer).toBeNull();
    expect(useAppStore.getState().template).toBe(defaultWorkspace('en').template);
  });

  it('offers nothing when the workspace already is that language’s demo', () => {
    switchLanguage('zh');
    openLanguageDemo();
    switchLanguage('en');
    switchLanguage('zh');
    expect(useAppStore.getState().demoOffer).toBeNull();
  });

  it('keeps a Hub model the person chose when the demo goes in', () => {
    start(hub);
    switchLanguage('zh');
    openLanguageDemo();
    expect(useAppStore.getState().model.source).toBe(hub);
  });
});

describe('reset and presets follow the UI language', () => {
  beforeEach(() => start());

  it('resets a Chinese UI to the Chinese demo and its model', () => {
    switchLanguage('zh');
    declineLanguageDemo();
    resetWorkspace();
    expect(useAppStore.getState().template).toBe(defaultWorkspace('zh').template);
    expect(useAppStore.getState().model.source).toEqual(bundledModelFor('zh'));
  });

  it('puts a preset’s template and classes in, examples kept, restorably', () => {
    useAppStore.getState().setExamplesText('positive\tMine.');
    const preset = templatePresets('en')[1];
    if (!preset) throw new Error('a second preset');
    applyTemplatePreset(preset);
    const s = useAppStore.getState();
    expect(s.template).toBe(preset.template);
    expect(s.classes).toEqual(preset.classes);
    expect(s.examplesText).toBe('positive\tMine.');
    restorePreviousWorkspace();
    expect(useAppStore.getState().template).toBe(defaultWorkspace('en').template);
  });
});
