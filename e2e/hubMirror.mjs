/**
 * A local stand-in for the Hugging Face Hub: serves `e2e/hub-fixtures/<owner>/<name>/<file>` at
 * `/<owner>/<name>/resolve/<revision>/<file>`, the URL layout transformers.js fetches from, with
 * the CORS headers the Hub sends. Tests start and stop it to play online and offline.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('./hub-fixtures/', import.meta.url));
const ROUTE = /^\/([\w.-]+\/[\w.-]+)\/resolve\/[^/]+\/(.+)$/;

/**
 * Starts the mirror on a free port of 127.0.0.1, serving `root` (the test fixtures by default).
 * `bytesPerSecond` slows `.onnx` files down so a test can watch the progress bar move, as it
 * does over a real connection. Plain JavaScript so the benchmark (plain Node) can use it too.
 */
export async function startHubMirror({ bytesPerSecond: initialRate = 0, root = FIXTURES } = {}) {
  let bytesPerSecond = initialRate;
  let closed = false;
  const ROOT = root.endsWith('/') ? root : `${root}/`;
  const served = [];
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const match = ROUTE.exec(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const path = match ? normalize(join(ROOT, match[1] ?? '', match[2] ?? '')) : '';
    const size = path.startsWith(ROOT) ? fileSize(path) : -1;
    if (size < 0) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Entry not found');
      return;
    }
    served.push(`${match?.[1]}/${match?.[2]}`);
    response.writeHead(200, {
      'Content-Length': String(size),
      'Content-Type': 'application/octet-stream',
    });
    if (request.method === 'HEAD') response.end();
    else if (bytesPerSecond > 0 && path.endsWith('.onnx'))
      void throttle(path, response, bytesPerSecond);
    else createReadStream(path).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    served,
    throttle: (rate) => {
      bytesPerSecond = rate;
    },
    close: () =>
      new Promise((resolve) => {
        if (closed) return resolve();
        closed = true;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function throttle(path, response, bytesPerSecond) {
  const chunk = 16 * 1024;
  for await (const piece of createReadStream(path, { highWaterMark: chunk })) {
    if (!response.write(piece)) await new Promise((resolve) => response.once('drain', resolve));
    await new Promise((resolve) => setTimeout(resolve, (1000 * chunk) / bytesPerSecond));
  }
  response.end();
}

function fileSize(path) {
  try {
    return statSync(path).isFile() ? statSync(path).size : -1;
  } catch {
    return -1;
  }
}
