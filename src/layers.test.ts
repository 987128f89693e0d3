/**
 * The import graph of src/, type-only imports included (lint's no-cycle rule skips those): no
 * cycles, and no layer imports one above it. Lint enforces the same for value imports as you type.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile())
      return candidate;
  return null;
}

const graph = new Map<string, string[]>(
  sourceFiles(SRC).map((file) => [
    file,
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((ref) => resolveLocal(file, ref.fileName))
      .filter((f): f is string => f !== null),
  ]),
);

const layerOf = (file: string) => relative(SRC, file).split('/')[0] ?? '';
// Each layer may import only the layers listed for it (and itself).
const ALLOWED: Record<string, string[]> = {
  core: [],
  i18n: ['core'],
  runtime: ['core'],
  state: ['core', 'runtime', 'i18n'],
  ui: ['core', 'runtime', 'state', 'i18n'],
  // The service worker: its own global scope and bundle (see eslint.config.js), so no layer.
  sw: [],
};

describe('layers', () => {
  it('no file imports a layer above its own', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const layer = layerOf(file);
      const allowed = ALLOWED[layer];
      if (!allowed) continue; // main.ts wires the layers together
      for (const target of imports) {
        const other = layerOf(target);
        if (other !== layer && !allowed.includes(other))
          violations.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          cycles.push(
            [...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '),
          );
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});
