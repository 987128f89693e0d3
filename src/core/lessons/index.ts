/**
 * The lessons, in the article's order. To add one: write a `Lesson` in its own file here and
 * list it below; `lessons.test.ts` checks both languages, the step count and the workspace.
 */
import { CALIBRATION_LESSON } from './calibration';
import { DEMONSTRATIONS_LESSON } from './demonstrations';
import { FEW_SHOT_LESSON } from './fewShot';
import { MLM_HEAD_LESSON } from './mlmHead';
import { MODEL_INPUT_LESSON } from './modelInput';
import { PARADIGMS_LESSON } from './paradigms';
import { SEARCH_LESSON } from './search';
import { TEMPLATE_LESSON } from './template';
import type { Lesson } from './types';
import { VERBALIZER_LESSON } from './verbalizer';

export type { Bilingual, Lesson, LessonStep, LessonTarget, LessonWorkspace } from './types';
export { lessonWorkspace } from './workspace';

/** Every lesson, in the order the picker lists them. */
export const LESSONS: readonly Lesson[] = [
  PARADIGMS_LESSON,
  TEMPLATE_LESSON,
  VERBALIZER_LESSON,
  MLM_HEAD_LESSON,
  FEW_SHOT_LESSON,
  CALIBRATION_LESSON,
  MODEL_INPUT_LESSON,
  SEARCH_LESSON,
  DEMONSTRATIONS_LESSON,
];

/** The lesson with this id, if any. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
