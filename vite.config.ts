import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { reachableEntries } from './scripts/precacheReach.mjs';

// Multithreaded WASM needs a cross-origin isolated page (SharedArrayBuffer); without these two
// headers onnxruntime-web silently falls back to one thread. Both dev and preview must send them.
// (On static hosts, which cannot, the service worker adds them: src/sw/isolationHeaders.ts.)
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// A relative base by default: the same dist/ works at a host's root, under any sub-path
// (GitHub Pages' /<repo>/) and from `npx serve dist`. BASE_PATH=/cloze-lab/ builds an absolute
// one instead (README, "Host it for a class").
const base = process.env.BASE_PATH ?? './';
const outDir = 'dist';

/**
 * The service worker (src/sw/serviceWorker.ts): precaches what the app loads — the shell, ORT's
 * WebAssembly, the bundled models — and makes the page cross-origin isolated on hosts that send
 * no COOP/COEP headers. Not in dev (`devOptions` off): there Vite sends the headers itself.
 */
const serviceWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'serviceWorker.ts',
  // The page registers it itself (src/ui/serviceWorkerRegistration.ts) and asks before updating.
  injectRegister: false,
  registerType: 'prompt',
  devOptions: { enabled: false },
  manifest: {
    name: 'Cloze Lab',
    short_name: 'Cloze Lab',
    description: 'Prompt-based learning with masked language models in the browser.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f4e79',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  injectManifest: {
    // A classic script: browsers without module service workers register it too.
    rollupFormat: 'iife',
    globPatterns: ['**/*.{html,js,mjs,css,wasm,json,onnx}'],
    // The web manifest and its icons are added by the plugin itself.
    globIgnores: ['bench/**', 'models/**/README.md'],
    // ORT's WebAssembly (17–27 MB) and the bundled models (up to 9 MB a file) are the point.
    maximumFileSizeToCacheInBytes: 32 * 1024 ** 2,
    manifestTransforms: [
      (entries) => ({
        manifest: reachableEntries(
          entries,
          ['index.html', 'manifest.webmanifest'],
          // Fetched by URLs built at run time (src/runtime/modelFiles.ts), so never named.
          (url) => url.startsWith('models/'),
          (url) => readFileSync(resolve(outDir, url), 'utf8'),
        ),
        warnings: [],
      }),
    ],
  },
});

export default defineConfig({
  base,
  plugins: [react(), serviceWorker],
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  worker: { format: 'es' },
  // Vite's dependency scan does not follow `new Worker(new URL(...))`: without listing the
  // worker's imports the first dev load re-optimises and reloads itself mid-test.
  optimizeDeps: {
    include: [
      '@huggingface/transformers',
      'onnxruntime-web/webgpu',
      'onnxruntime-web/jspi',
      'lru-cache',
      'onnx-proto',
    ],
    exclude: [],
  },
  build: {
    outDir,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // The app, plus the benchmark's pages (npm run bench): transformers.js' pipeline as a
    // baseline, and the encoder's matrix-multiply ceiling.
    rollupOptions: {
      input: { main: 'index.html', pipeline: 'bench/pipeline.html', ceiling: 'bench/ceiling.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
