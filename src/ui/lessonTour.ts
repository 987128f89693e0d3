/** A lesson's steps as a tour in the UI language: each step's control, title and text. */
import type { Lesson } from '../core/lessons';
import { translate, type Language, type MessageKey } from '../i18n/messages';
import { TARGET_PANELS, TARGET_SELECTORS } from './lessonTargets';
import { startTour } from './tour';

/** Starts the tour of `lesson` in `language`. */
export function startLessonTour(lesson: Lesson, language: Language): void {
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const total = lesson.steps.length;
  startTour(
    lesson.steps.map((step, i) => ({
      selector: TARGET_SELECTORS[step.target],
      title: step.title[language],
      text: step.text[language],
      notOnScreen: t('tourNotOnScreen', { panel: t(TARGET_PANELS[step.target]) }),
      progress: t('tourProgress', { current: i + 1, total }),
    })),
    { next: t('tourNext'), back: t('tourBack'), done: t('tourDone') },
  );
}
