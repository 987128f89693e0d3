// How tests and the bench launch a browser: Debian's Chromium (no browser is ever downloaded;
// the machines reach no browser CDN), with background traffic switched off.
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
