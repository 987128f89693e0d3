// The built app served as in production (`vite preview`, with the COOP/COEP headers that make
// the page cross-origin isolated: threaded WASM and measureUserAgentSpecificMemory need them).
import { spawn } from 'node:child_process';

/** The preview server's port; BENCH_PORT lets several checkouts on one machine bench at once. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4174);

/** Starts `vite preview` on `port` and resolves once it answers; `stop()` ends it. */
export async function startPreview(port = BENCH_PORT) {
  // Detached, so `stop` can end the whole process group (npx → node → vite).
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => process.kill(-server.pid);
  const url = `http://localhost:${port}`;
  try {
    await waitForServer(`${url}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/** Resolves once `url` answers 200; throws after `ms`. */
export async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start at ${url}`);
}
