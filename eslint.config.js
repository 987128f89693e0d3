import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The layers of src/, each allowed to import only from the ones after it:
// ui → state → runtime → core, with i18n (strings only, may use core's types) beside runtime. A file of a layer that
// imports a layer before it is an error, and so is any import cycle.
// src/sw (the service worker) stands apart: it runs in its own global scope, outlives any page,
// and is built by vite-plugin-pwa as a separate bundle, so it imports no layer and none imports it.
const layerZones = [
  {
    target: './src/core',
    from: ['./src/runtime', './src/state', './src/ui', './src/i18n', './src/sw'],
  },
  { target: './src/i18n', from: ['./src/runtime', './src/state', './src/ui', './src/sw'] },
  { target: './src/runtime', from: ['./src/state', './src/ui', './src/i18n', './src/sw'] },
  { target: './src/state', from: ['./src/ui', './src/sw'] },
  { target: './src/ui', from: ['./src/sw'] },
  {
    target: './src/sw',
    from: ['./src/core', './src/runtime', './src/state', './src/ui', './src/i18n'],
  },
];

// The pure core runs in Node tests and in the worker: no UI framework, no ORT, no browser storage.
const coreForbiddenImports = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'src/core is pure: no React.',
    },
    {
      group: ['onnxruntime-*', '@huggingface/*'],
      message: 'src/core is pure: no ORT or transformers.js.',
    },
    { group: ['zustand', 'zustand/*', 'recharts', 'idb-keyval'], message: 'src/core is pure.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'tools'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Type-only cycles are invisible to this rule; src/layers.test.ts checks those too.
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Pure code: also no DOM globals (tests may use Node's).
    files: ['src/core/**/*.ts', 'src/i18n/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'self',
      ],
    },
  },
  {
    // The service worker: Workbox and the platform only — no UI framework, no app state, no ORT.
    files: ['src/sw/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/sw has no UI and no app state.',
            },
            { group: ['onnxruntime-*', '@huggingface/*'], message: 'src/sw runs no model.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    // Node scripts; the bench also runs functions inside the page, hence browser globals.
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'e2e/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
