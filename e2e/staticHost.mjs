/**
 * The built app on a plain static host, as a teacher would put it on GitHub Pages or a school
 * server: dist/ copied under a sub-path of a temporary folder and served by `serve` (the npm
 * package), which sends no COOP/COEP headers — so threads can only come from the service worker.
 * Plain JavaScript so the benchmark (plain Node) can time a first visit there too.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForServer } from '../bench/lib/server.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Serves a copy of dist/ at each of `subPaths` on `port`; `stop()` ends it and removes the copy. */
export async function startStaticHost({ port, subPaths = ['cloze-lab'] }) {
  const root = mkdtempSync(join(tmpdir(), 'cloze-lab-host-'));
  for (const subPath of subPaths)
    cpSync(resolve(REPO, 'dist'), join(root, subPath), { recursive: true });
  // Detached, so `stop` ends the process group; --no-clipboard: it would copy the URL otherwise.
  const server = spawn(
    resolve(REPO, 'node_modules/.bin/serve'),
    [root, '--listen', `tcp://localhost:${port}`, '--no-clipboard', '--no-request-logging'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
    rmSync(root, { recursive: true, force: true });
  };
  const url = `http://localhost:${port}`;
  try {
    await waitForServer(`${url}/${subPaths[0]}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, dir: (subPath) => join(root, subPath), stop };
}
