/** Setting up a lesson's workspace: through replaceWorkspace, so the replaced one can come back. */
import { lessonWorkspace, type Lesson } from '../core/lessons';
import { replaceWorkspace } from './replaceWorkspace';
import { savedWorkspaceOf } from './savedWorkspace';
import { DEFAULT_TUNING_SETTINGS, useAppStore } from './store';

/** Replaces the workspace with the lesson's (model, language and host stay). */
export function startLesson(lesson: Lesson): void {
  const current = savedWorkspaceOf(useAppStore.getState());
  replaceWorkspace(lessonWorkspace(lesson, current, DEFAULT_TUNING_SETTINGS), 'lesson');
}
