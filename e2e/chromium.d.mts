/** Path of Debian's Chromium (or $CHROMIUM_PATH). */
export const executablePath: string;
/** Launch arguments shared by the e2e tests and the bench. */
export const chromiumArgs: string[];
