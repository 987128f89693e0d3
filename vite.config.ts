import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Multithreaded WASM needs a cross-origin isolated page (SharedArrayBuffer); without these two
// headers onnxruntime-web silently falls back to one thread. Both dev and preview must send them.
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
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
