/** The browser found for the tests, or the steps to get one (`help`). */
export const chromiumFound:
  | { path: string; from: 'CHROMIUM_PATH' | 'debian' | 'playwright' | 'system' }
  | { path: null; help: string };
/** Path of the Chromium the tests launch; undefined when none was found (see chromiumFound.help). */
export const executablePath: string | undefined;
/** Launch arguments shared by the e2e tests and the bench. */
export const chromiumArgs: string[];
