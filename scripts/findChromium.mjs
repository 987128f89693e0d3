// Which Chromium the e2e tests and the bench launch, or how to get one. Pure (the file system and
// Playwright's browser path come in as arguments) and free of dependencies, because the setup
// script uses it before `npm ci` has run.

/** Debian's package (the one CI installs), checked before Playwright's own browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Where other Linux distributions put their chromium package (Fedora, openSUSE). */
const OTHER_LINUX_CHROMIUMS = ['/usr/bin/chromium-browser'];
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

/**
 * Picks the browser: $CHROMIUM_PATH when set, else Debian's chromium, else Playwright's own
 * (`npx playwright install chromium`), else another distribution's chromium. Returns
 * `{ path, from }`, or `{ path: null, help }` with the exact steps for this platform.
 */
export function findChromium({ env, platform, exists, playwrightPath }) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (exists(wanted)) return { path: wanted, from: 'CHROMIUM_PATH' };
    return {
      path: null,
      help: `CHROMIUM_PATH is set to ${wanted}, which does not exist.\n${howToGetChromium({ platform, exists })}`,
    };
  }
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, from: 'debian' };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, from: 'playwright' };
  const other = OTHER_LINUX_CHROMIUMS.find((path) => exists(path));
  if (other) return { path: other, from: 'system' };
  return { path: null, help: howToGetChromium({ platform, exists }) };
}

/** The steps that get a Chromium for the tests on this platform, as lines to print. */
export function howToGetChromium({ platform, exists }) {
  const lines = ['The e2e tests need Chromium, and none was found. Get one:'];
  if (platform === 'darwin')
    lines.push(
      "  npx playwright install chromium        (downloads Playwright's Chromium; needs internet)",
      `  or use Google Chrome: CHROMIUM_PATH="${MAC_CHROME}" npm test`,
    );
  else if (platform === 'linux' && exists('/etc/debian_version'))
    lines.push(
      '  sudo apt-get install -y chromium       (Debian, Ubuntu; npm test does it itself as root)',
      "  or: npx playwright install chromium    (downloads Playwright's Chromium; needs internet)",
    );
  else if (platform === 'linux')
    lines.push(
      "  install your distribution's chromium package (sudo dnf install chromium, sudo pacman -S chromium, ...)",
      "  or: npx playwright install chromium    (downloads Playwright's Chromium; needs internet)",
    );
  else
    lines.push(
      "  npx playwright install chromium        (downloads Playwright's Chromium; needs internet)",
    );
  lines.push('Or point CHROMIUM_PATH at any Chromium or Chrome binary.');
  return lines.join('\n');
}
