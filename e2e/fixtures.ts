/**
 * Shared e2e fixtures: every test fails if the page sends a request anywhere but this machine,
 * and `app` opens the playground and waits for the real model to answer.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { startHubMirror, type HubMirror } from './hubMirror.mjs';

const LOCAL = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|blob:|data:)/;

/** The playground page, opened and with predictions on screen. */
export class Playground {
  constructor(
    readonly page: Page,
    readonly backend: string,
  ) {}

  readonly runtime = () => this.page.getByRole('status', { name: 'Runtime' });
  readonly template = () => this.page.getByRole('textbox', { name: 'Template', exact: true });
  readonly examples = () => this.page.getByRole('textbox', { name: 'Examples', exact: true });
  readonly labelWords = (cls: string) =>
    this.page.getByRole('textbox', { name: `Label words: ${cls}`, exact: true });
  readonly table = () => this.page.getByRole('table', { name: 'Predictions' });

  /**
   * `path` as this project opens it: the webgpu project asks for WebGPU in the URL, because Auto
   * rightly skips this machine's software adapter (SwiftShader) and would choose WASM.
   */
  url(path = '/'): string {
    if (this.auto || this.backend !== 'WebGPU' || /[?&]backend=/.test(path)) return path;
    return `${path}${path.includes('?') ? '&' : '?'}backend=webgpu`;
  }

  /** Opens the app and waits until `model` has produced the first table. */
  async open(path = '/', model = 'cloze-lab-en'): Promise<void> {
    await this.page.goto(this.url(path));
    await this.ready(model);
  }

  private auto = false;

  /**
   * Opens pages with the app's own backend choice (Auto) in every project. For tests of what the
   * app does around the model (saved state, large inputs), where the backend does not matter:
   * in the webgpu project Auto then picks WASM, as it must for a software adapter.
   */
  useAutoBackend(): void {
    this.auto = true;
  }

  /** Waits for the Runtime status to name the expected backend and model, and for the table to fill. */
  async ready(model = 'cloze-lab-en'): Promise<void> {
    const backend = this.auto ? /WASM|WebGPU/ : this.backend;
    await expect(this.runtime()).toContainText(backend, { timeout: 150_000 });
    await expect(this.runtime()).toContainText(model);
    await expect(this.runtime()).toContainText('fp32');
    await expect(this.table().getByRole('row')).not.toHaveCount(0);
    await this.settled();
  }

  /**
   * Waits until no prediction is filling the table in (rows arrive chunk by chunk; a row not yet
   * computed keeps its old value or shows "…"), so what a test reads is one prediction's table.
   */
  async settled(): Promise<void> {
    await expect(this.page.getByRole('progressbar', { name: 'Rows current' })).toHaveCount(0);
    // Current, or showing the last valid results of inputs that cannot be scored. (While a newer
    // prediction is pending, rows an overtaken one left unscored still show "…".)
    const current = this.table().and(this.page.locator('[aria-busy="false"]'));
    const lastValid = this.page.getByText('Showing the last valid results');
    await expect(current.or(lastValid).first()).toBeVisible();
  }

  /** Picks "Another Hub model…", points the Hub host at `host` and loads `repo`. */
  async loadHubModel(host: string, repo: string): Promise<void> {
    const hostBox = this.page.getByRole('textbox', { name: 'Hub host' });
    if (!(await hostBox.isVisible())) {
      await this.page.getByRole('combobox', { name: 'Model' }).selectOption('other');
      await this.page.getByRole('combobox', { name: 'Precision' }).selectOption('fp32');
      await hostBox.fill(host);
      await hostBox.blur();
    }
    await this.page.getByRole('textbox', { name: 'Hub model id' }).fill(repo);
    await this.page.getByRole('button', { name: 'Load', exact: true }).click();
  }

  /** A class's probability column, all rows, as one string: changes when any row changes. */
  async column(cls: string): Promise<string> {
    await this.settled();
    const headers = await this.table().getByRole('columnheader').allTextContents();
    const column = headers.indexOf(cls);
    if (column < 0) throw new Error(`no column ${cls} in ${headers.join(', ')}`);
    const rows = this.table().locator('tbody tr');
    const cells = await rows.evaluateAll(
      (trs, c) => trs.map((tr) => tr.children[c]?.textContent ?? ''),
      column,
    );
    return cells.join(',');
  }

  /** The probability text in row `row` (0-based, body rows) for the class column `cls`. */
  async probability(row: number, cls: string): Promise<string> {
    await this.settled();
    const headers = await this.table().getByRole('columnheader').allTextContents();
    const column = headers.indexOf(cls);
    if (column < 0) throw new Error(`no column ${cls} in ${headers.join(', ')}`);
    return (
      (await this.table()
        .getByRole('row')
        .nth(row + 1)
        .getByRole('cell')
        .nth(column)
        .textContent()) ?? ''
    );
  }
}

export const test = base.extend<{ app: Playground; offlineGuard: void; mirror: HubMirror }>({
  // A local Hub mirror serving e2e/hub-fixtures; tests may close it early to play offline.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  mirror: async ({}, use) => {
    const mirror = await startHubMirror();
    await use(mirror);
    await mirror.close();
  },
  offlineGuard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!LOCAL.test(request.url())) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use, testInfo) => {
    await use(new Playground(page, String(testInfo.project.metadata.backend)));
  },
});

/**
 * Pastes as the browser does: the whole text lands in the box with one input event. (Playwright's
 * fill types it through the editing commands, which alone take many seconds on a loaded machine.)
 */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => {
      const box = document.querySelector<HTMLTextAreaElement>(selector);
      if (!box) throw new Error(`no ${selector}`);
      box.focus();
      // The native setter, so React sees the change as it would a paste.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, text);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    [selector, text] as const,
  );
}

export { expect };
