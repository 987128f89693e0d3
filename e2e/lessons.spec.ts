/**
 * Lessons (#13): each lesson sets up its workspace after asking, and every step of its tour
 * highlights a control that is there and on screen, in English and in Chinese; Cancel keeps the
 * workspace, and "Restore previous workspace" brings it back after a lesson.
 */
import type { Page } from '@playwright/test';
import { LESSONS, type Lesson } from '../src/core/lessons';
import { translate, type Language } from '../src/i18n/messages';
import { TARGET_PANELS, TARGET_SELECTORS } from '../src/ui/lessonTargets';
import { expect, test, type Playground } from './fixtures';

// Lessons change inputs, not scoring: Auto backend, wasm project only (the tag). Without motion
// each step is drawn at once, so a key press never lands during driver.js's transition.
test.beforeEach(({ app }) => app.useAutoBackend());
test.use({ reducedMotion: 'reduce' });

const lessonPicker = (page: Page) => page.getByRole('combobox', { name: 'Lessons' });
const confirmDialog = (page: Page) => page.getByRole('dialog', { name: 'Start lesson?' });
// driver.js draws its popover as a dialog of its own (a library class, the only handle it has).
const tourPopover = (page: Page) => page.locator('.driver-popover');

/** Chooses `lesson` in the picker and confirms the dialog. */
async function startLesson(page: Page, lesson: Lesson, language: Language): Promise<void> {
  await lessonPicker(page).selectOption(lesson.id);
  const dialog = confirmDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(lesson.title[language]);
  await dialog.getByRole('button', { name: 'Start lesson' }).click();
  await expect(dialog).toBeHidden();
}

/** The lesson's template and label words are in their boxes. */
async function expectWorkspace(app: Playground, lesson: Lesson): Promise<void> {
  await expect(app.template()).toHaveValue(lesson.workspace.template);
  for (const cls of lesson.workspace.classes)
    await expect(app.labelWords(cls.name)).toHaveValue(cls.labelWords);
}

/** The tour is on `step`: its text shows and its control is highlighted, present and in view. */
async function expectStep(page: Page, lesson: Lesson, index: number, language: Language) {
  const step = lesson.steps[index];
  if (!step) throw new Error(`${lesson.id} has no step ${index}`);
  const popover = tourPopover(page);
  await expect(popover).toContainText(step.title[language]);
  await expect(popover).toContainText(
    translate(language, 'tourProgress', { current: index + 1, total: lesson.steps.length }),
  );
  const highlighted = page.locator(`${TARGET_SELECTORS[step.target]}.driver-active-element`);
  await expect(highlighted, `${lesson.id} step ${index + 1}`).toHaveCount(1);
  await expect(highlighted).toBeVisible();
  await expect(highlighted).toBeInViewport();
  const panel = translate(language, TARGET_PANELS[step.target]);
  await expect(popover).not.toContainText(translate(language, 'tourNotOnScreen', { panel }));
}

test('every lesson sets up its workspace and each tour step finds its control, in English and Chinese @wasm-only', async ({
  app,
  page,
}) => {
  test.slow();
  await app.open();
  for (const language of ['en', 'zh'] as const) {
    await page.getByRole('combobox', { name: 'Language' }).selectOption(language);
    for (const lesson of LESSONS) {
      await startLesson(page, lesson, language);
      await expectWorkspace(app, lesson);
      for (let i = 0; i < lesson.steps.length; i++) {
        await expectStep(page, lesson, i, language);
        const last = i === lesson.steps.length - 1;
        await expect(tourPopover(page).locator('.driver-popover-next-btn')).toHaveText(
          translate(language, last ? 'tourDone' : 'tourNext'),
        );
        await tourPopover(page).locator('.driver-popover-next-btn').click();
      }
      await expect(tourPopover(page)).toHaveCount(0);
    }
  }
});

test('Cancel in the lesson dialog keeps the workspace and starts no tour @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} My own [MASK] template.');
  await app.labelWords('positive').fill('fine, nice');
  for (const close of ['Cancel', 'Escape'] as const) {
    await lessonPicker(page).selectOption(LESSONS[0]!.id);
    await expect(confirmDialog(page)).toBeVisible();
    if (close === 'Cancel')
      await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
    else await page.keyboard.press('Escape');
    await expect(confirmDialog(page)).toBeHidden();
    await expect(app.template()).toHaveValue('{text} My own [MASK] template.');
    await expect(app.labelWords('positive')).toHaveValue('fine, nice');
    await expect(tourPopover(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Restore previous workspace' })).toHaveCount(0);
  }
});

test('the tour answers the keyboard, and after a lesson the previous workspace comes back @wasm-only', async ({
  app,
  page,
}) => {
  await app.open();
  await app.template().fill('{text} My own [MASK] template.');
  await app.labelWords('negative').fill('poor, sad');
  const lesson = LESSONS[1]!;
  await startLesson(page, lesson, 'en');
  await expectWorkspace(app, lesson);

  // Focus is in the tour's popover: arrows move between steps, Escape ends the tour.
  await expectStep(page, lesson, 0, 'en');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, lesson, 1, 'en');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, lesson, 0, 'en');
  await page.keyboard.press('Escape');
  await expect(tourPopover(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Restore previous workspace' }).click();
  await expect(app.template()).toHaveValue('{text} My own [MASK] template.');
  await expect(app.labelWords('negative')).toHaveValue('poor, sad');
});
