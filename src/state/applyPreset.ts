/** A template preset replaces the template and the classes, restorably (replaceWorkspace). */
import type { TemplatePreset } from '../core/templatePresets';
import { replaceWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf } from './savedWorkspace';
import { useAppStore } from './store';

/** Puts the preset's template and classes in; examples, model and settings stay. */
export function applyTemplatePreset(preset: TemplatePreset): void {
  const current = savedWorkspaceOf(useAppStore.getState());
  replaceWorkspace({ ...current, template: preset.template, classes: preset.classes }, 'preset');
}
