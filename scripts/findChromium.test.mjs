// Which browser the e2e tests launch on machines with and without Debian's chromium.
import { describe, expect, it } from 'vitest';
import { findChromium } from './findChromium.mjs';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const MAC_PLAYWRIGHT =
  '/Users/me/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';

/** A machine whose file system holds exactly `files`. */
const machine = (platform, files, env = {}, playwrightPath = PLAYWRIGHT) => ({
  env,
  platform,
  exists: (path) => files.includes(path),
  playwrightPath,
});

describe('findChromium', () => {
  it("uses Debian's chromium when it is installed", () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium', PLAYWRIGHT]))).toEqual({
      path: '/usr/bin/chromium',
      from: 'debian',
    });
  });

  it("uses Playwright's own Chromium on a machine without Debian's", () => {
    expect(findChromium(machine('linux', ['/etc/fedora-release', PLAYWRIGHT]))).toEqual({
      path: PLAYWRIGHT,
      from: 'playwright',
    });
    expect(findChromium(machine('darwin', [MAC_PLAYWRIGHT], {}, MAC_PLAYWRIGHT))).toEqual({
      path: MAC_PLAYWRIGHT,
      from: 'playwright',
    });
  });

  it("falls back to another distribution's chromium package", () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
      from: 'system',
    });
  });

  it('CHROMIUM_PATH wins, and a wrong one is named', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(
      findChromium(machine('darwin', [chrome, MAC_PLAYWRIGHT], { CHROMIUM_PATH: chrome })),
    ).toEqual({ path: chrome, from: 'CHROMIUM_PATH' });
    const wrong = findChromium(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/x' }));
    expect(wrong.path).toBeNull();
    expect(wrong.help).toContain('CHROMIUM_PATH is set to /x, which does not exist.');
  });

  it('says exactly how to get one on macOS', () => {
    const { path, help } = findChromium(machine('darwin', []));
    expect(path).toBeNull();
    expect(help).toContain('npx playwright install chromium');
    expect(help).toContain(
      'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
    );
  });

  it('says exactly how to get one on Debian or Ubuntu, and on other Linux', () => {
    const debian = findChromium(machine('linux', ['/etc/debian_version']));
    expect(debian.path).toBeNull();
    expect(debian.help).toContain('sudo apt-get install -y chromium');
    expect(debian.help).toContain('npx playwright install chromium');
    const other = findChromium(machine('linux', []));
    expect(other.help).toContain("install your distribution's chromium package");
    expect(other.help).toContain('npx playwright install chromium');
    expect(other.help).not.toContain('apt-get');
  });

  it('copes with a platform Playwright has no Chromium for', () => {
    const { path, help } = findChromium(machine('freebsd', [], {}, null));
    expect(path).toBeNull();
    expect(help).toContain('CHROMIUM_PATH');
  });
});
