/**
 * The files the worker fetches to load a model this app serves itself (bundled, or listed in
 * public/models/index.json): the page asks for them first, at start-up, so they download while
 * the worker compiles ORT (see state/prefetchModel.ts).
 */
import { modelFile, type ModelSource } from './modelSource';

/** The URLs of a served model's files under `modelsBase` (e.g. "/models/"); none for other sources. */
export function servedModelUrls(source: ModelSource, modelsBase: string): string[] {
  if (source.kind !== 'bundled') return [];
  const folder = `${modelsBase}${source.name}/`;
  return ['config.json', 'tokenizer_config.json', 'tokenizer.json', modelFile(source)].map(
    (file) => folder + file,
  );
}
