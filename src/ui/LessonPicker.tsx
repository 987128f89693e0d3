/**
 * The "Lessons" picker: choosing a lesson asks first (Cancel changes nothing), then sets up the
 * lesson's workspace — the replaced one can be restored — and starts its guided tour.
 */
import { useRef, useState } from 'react';
import { LESSONS, lessonById, type Lesson } from '../core/lessons';
import { startLesson } from '../state/startLesson';
import { useAppStore } from '../state/store';
import { startLessonTour } from './lessonTour';
import { useTranslation } from './useTranslation';

const START = 'start';

export function LessonPicker() {
  const t = useTranslation();
  const language = useAppStore((s) => s.language);
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Lesson | null>(null);

  const choose = (id: string) => {
    const lesson = lessonById(id);
    if (!lesson || !dialog.current) return;
    setChosen(lesson);
    dialog.current.returnValue = '';
    dialog.current.showModal();
  };
  // The tour starts once the dialog has closed and focus is back on the page, so the tour's
  // Escape returns focus to the picker.
  const onClose = () => {
    if (dialog.current?.returnValue === START && chosen) startLessonTour(chosen, language);
    setChosen(null);
  };

  return (
    <>
      <label>
        <span aria-hidden="true">{t('lessons')}</span>{' '}
        <select
          className="lesson-picker"
          aria-label="Lessons"
          value=""
          onChange={(e) => choose(e.target.value)}
        >
          <option value="" disabled>
            {t('lessonsChoose')}
          </option>
          {LESSONS.map((lesson, i) => (
            <option key={lesson.id} value={lesson.id}>
              {i + 1}. {lesson.title[language]}
            </option>
          ))}
        </select>
      </label>
      {/* A native modal dialog, as "Reset workspace?": Escape or Cancel leave everything as is. */}
      <dialog
        ref={dialog}
        aria-label="Start lesson?"
        aria-describedby="lesson-confirm-text"
        onClose={onClose}
      >
        <h2>{t('lessonConfirmTitle', { title: chosen?.title[language] ?? '' })}</h2>
        <p id="lesson-confirm-text">{t('lessonConfirmText')}</p>
        <form method="dialog" className="picker-row">
          <button
            type="submit"
            value={START}
            aria-label="Start lesson"
            onClick={() => chosen && startLesson(chosen)}
          >
            {t('lessonStart')}
          </button>
          <button type="submit" aria-label="Cancel" autoFocus>
            {t('cancel')}
          </button>
        </form>
      </dialog>
    </>
  );
}
