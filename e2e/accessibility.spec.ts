/**
 * Accessibility (issue #13, must-have 6): axe-core finds no serious or critical violation on the
 * main views, in English and in Chinese — the playground with predictions, the region "Metrics"
 * with the examples evaluated, the search panel with its suggestions, the tuning panel after a
 * short run, and the open dialogs and export menus. The backend plays no role in any of it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * In the Chinese UI a button keeps its English accessible name (the project's contract: names
 * stay English in every language) while its visible text is Chinese, which axe reports as
 * label-content-name-mismatch (WCAG 2.5.3). That one conflict is accepted, and only where the
 * name is plain English; any other mismatch, or any other rule, still fails the test.
 */
function contractName(rule: string, html: string, language: 'en' | 'zh'): boolean {
  if (language !== 'zh' || rule !== 'label-content-name-mismatch') return false;
  const name = /aria-label="([^"]*)"/.exec(html)?.[1];
  return name !== undefined && /^[\x20-\x7e]+$/.test(name);
}

/** Serious and critical violations on the page as it is now, one readable line each. */
async function seriousViolations(page: Page, language: 'en' | 'zh'): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((n) => !contractName(v.id, n.html, language))
        .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`),
    );
}

/** Checks the page as it is now (every view is checked; `view` names it in the message). */
async function expectAccessible(page: Page, language: 'en' | 'zh', view: string): Promise<void> {
  expect
    .soft(await seriousViolations(page, language), `serious or critical axe violations: ${view}`)
    .toEqual([]);
}

for (const language of ['en', 'zh'] as const) {
  test(`the main views have no serious or critical axe violations (${language}) @wasm-only`, async ({
    app,
    page,
  }) => {
    test.slow();
    await app.open();
    if (language === 'zh')
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en');

    // The playground with predictions and the region "Metrics" (the starter rows are labelled).
    await expect(page.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
    await expect(
      page.getByRole('figure', { name: 'Class probabilities per example' }),
    ).toBeVisible();
    await expectAccessible(page, language, 'playground and metrics');

    // The search panel with label word suggestions on screen.
    await page.getByRole('button', { name: 'Suggest label words' }).click();
    await expect(page.getByRole('table', { name: 'Label word suggestions' })).toBeVisible();
    await expectAccessible(page, language, 'search panel');

    // The tuning panel after a short run: history chart and table.
    await page.getByRole('spinbutton', { name: 'Epochs' }).fill('3');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(
      page.getByRole('table', { name: 'Training history' }).getByRole('row'),
    ).toHaveCount(4);
    await app.settled();
    await expectAccessible(page, language, 'tuning panel');

    // Open dialogs: the import preview.
    const dataset = page.getByRole('region', { name: 'Dataset' });
    await dataset.locator('summary').click();
    await dataset
      .getByRole('textbox', { name: 'Pasted rows' })
      .fill('label\ttext\nnegative\tA flop.\npositive\tA delight.');
    await dataset.getByRole('button', { name: 'Read pasted rows' }).click();
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect(preview).toBeVisible();
    await expectAccessible(page, language, 'import preview dialog');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toBeHidden();

    // An open export menu, and the dialog "Reset workspace?".
    await page.getByRole('button', { name: 'Export metrics', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Export metrics' })).toBeVisible();
    await expectAccessible(page, language, 'open export menu');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset workspace', exact: true }).click();
    // Its name follows the language (it is named by its translated heading).
    const reset = page.getByRole('dialog', {
      name: language === 'zh' ? '重置工作区？' : 'Reset workspace?',
    });
    await expect(reset).toBeVisible();
    await expectAccessible(page, language, 'reset dialog');
    await page.keyboard.press('Escape');
    await expect(reset).toBeHidden();

    // The classroom views: the share link field, a lesson's tour step, the projector view.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
    await expectAccessible(page, language, 'share link');
    await page.getByRole('combobox', { name: 'Lessons' }).selectOption({ index: 1 });
    await page
      .getByRole('dialog', { name: 'Start lesson?' })
      .getByRole('button', { name: 'Start lesson' })
      .click();
    // driver.js draws its popover with a library class, the only handle it offers.
    await expect(page.locator('.driver-popover')).toBeVisible();
    await expectAccessible(page, language, 'lesson tour');
    await page.keyboard.press('Escape');
    await expect(page.locator('.driver-popover')).toBeHidden();
    await page.getByRole('switch', { name: 'Presentation' }).click();
    await expect(page.getByRole('switch', { name: 'Presentation' })).toBeChecked();
    await expectAccessible(page, language, 'presentation view');
  });
}
