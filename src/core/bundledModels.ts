/**
 * The models this app ships in `public/models/` and opens with, one per UI language: each works
 * offline and was trained by this project (tools/model, their model cards). Pure.
 */
import type { Language } from './language';
import type { ModelSource } from './modelSource';

/** A bundled model and the language it was trained on. */
export interface BundledModel {
  name: string;
  language: Language;
}

/** The bundled models, in the order the model select lists them. */
export const BUNDLED_MODELS: readonly BundledModel[] = [
  { name: 'cloze-lab-en', language: 'en' },
  { name: 'cloze-lab-zh', language: 'zh' },
];

/** The bundled model a workspace in this language opens with. */
export function bundledModelFor(language: Language): ModelSource {
  const model = BUNDLED_MODELS.find((m) => m.language === language) ?? BUNDLED_MODELS[0];
  return { kind: 'bundled', name: model?.name ?? 'cloze-lab-en', dtype: 'fp32' };
}

/** Whether a source is one of the bundled models (not a served, Hub or folder one). */
export function isBundledModel(source: ModelSource): boolean {
  return source.kind === 'bundled' && BUNDLED_MODELS.some((m) => m.name === source.name);
}

/**
 * The model a workspace in `language` should use when it was on `current`: a bundled model
 * becomes that language's bundled model; a model the person chose (Hub, folder, served) stays.
 */
export function modelForLanguage(current: ModelSource, language: Language): ModelSource {
  return isBundledModel(current) ? bundledModelFor(language) : current;
}
