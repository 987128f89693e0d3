/**
 * Whole-workspace replacements keep the person's own workspace: one click brings it back, even
 * after a second link or the next lesson came before they chose.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWorkspace } from '../core/defaults';
import type { SavedWorkspace } from '../core/workspace/schema';
import { replaceWorkspace, resetWorkspace, restorePreviousWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf } from './savedWorkspace';
import { useAppStore } from './store';

// Loading a model is the worker's business: these tests only follow the store.
vi.mock('./followWorkspaceModel', () => ({ followWorkspaceModel: () => undefined }));

function workspaceWith(template: string): SavedWorkspace {
  return { ...savedWorkspaceOf(useAppStore.getState()), template };
}

describe('replaceWorkspace', () => {
  beforeEach(() => {
    useAppStore.setState({ ...defaultWorkspace(), previousWorkspace: null });
    useAppStore.getState().setTemplate('{text} Mine: [MASK].');
  });

  it('puts the new workspace on screen and brings the own one back with one click', () => {
    replaceWorkspace(workspaceWith('{text} Shared: [MASK].'), 'shared');
    expect(useAppStore.getState().template).toBe('{text} Shared: [MASK].');
    restorePreviousWorkspace();
    expect(useAppStore.getState().template).toBe('{text} Mine: [MASK].');
    expect(useAppStore.getState().previousWorkspace).toBeNull();
  });

  it('keeps the own workspace through a second replacement made before choosing', () => {
    replaceWorkspace(workspaceWith('{text} Lesson 1: [MASK].'), 'lesson');
    replaceWorkspace(workspaceWith('{text} Lesson 2: [MASK].'), 'lesson');
    replaceWorkspace(workspaceWith('{text} Shared: [MASK].'), 'shared');
    expect(useAppStore.getState().previousWorkspace?.reason).toBe('shared');
    restorePreviousWorkspace();
    expect(useAppStore.getState().template).toBe('{text} Mine: [MASK].');
  });

  it('a reset of a kept workspace can be undone', () => {
    resetWorkspace();
    expect(useAppStore.getState().template).toBe(defaultWorkspace().template);
    restorePreviousWorkspace();
    expect(useAppStore.getState().template).toBe('{text} Mine: [MASK].');
  });
});
