/** Setting up a lesson's workspace: through replaceWorkspace, so the replaced one can come back. */
import { modelForLanguage } from '../core/bundledModels';
import { lessonWorkspace, type Lesson } from '../core/lessons';
import { followWorkspaceModel } from './followWorkspaceModel';
import { replaceWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf } from './savedWorkspace';
import { DEFAULT_TUNING_SETTINGS, useAppStore } from './store';

/**
 * Replaces the workspace with the lesson's. Language and host stay, and so does a model the
 * person chose; a bundled model becomes the English one, because every lesson's workspace is
 * English text (its Chinese steps say so), which cloze-lab-zh would read as [UNK].
 */
export function startLesson(lesson: Lesson): void {
  const s = useAppStore.getState();
  const before = s.model.source;
  const current = savedWorkspaceOf(s);
  const model = modelForLanguage(current.modelSource, 'en');
  replaceWorkspace(
    lessonWorkspace(lesson, { ...current, modelSource: model }, DEFAULT_TUNING_SETTINGS),
    'lesson',
  );
  followWorkspaceModel(before);
}
