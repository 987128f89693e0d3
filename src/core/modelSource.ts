/**
 * Where a model comes from — the bundled folder, a Hugging Face Hub repository (or a mirror), or
 * a folder picked from disk — and the facts derived from that: file names per dtype, Hub URLs,
 * the label people see, and what a shared link (`?model=…&hub=…`) asks for. Pure.
 */

/** Weight precisions a transformers.js repository may ship. */
export type Dtype = 'fp32' | 'fp16' | 'q8' | 'q4';

/** All dtypes, in the order the picker lists them. */
export const DTYPES: Dtype[] = ['fp32', 'fp16', 'q8', 'q4'];

/** The ONNX file transformers.js uses for each dtype. */
export const DTYPE_FILES: Record<Dtype, string> = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  q8: 'onnx/model_quantized.onnx',
  q4: 'onnx/model_q4.onnx',
};

/** A model to load. */
export type ModelSource =
  | { kind: 'bundled'; name: string; dtype: Dtype }
  | { kind: 'hub'; repo: string; host: string; revision: string; dtype: Dtype }
  | { kind: 'folder'; name: string; dtype: Dtype };

/** The official Hub; mirrors use the same URL layout. */
export const DEFAULT_HUB_HOST = 'https://huggingface.co';

/** Hub repositories known to hold transformers.js ONNX masked-LM exports (checked in their file lists). */
export const CURATED_HUB_MODELS: Array<{ repo: string; note: string }> = [
  { repo: 'Xenova/bert-base-uncased', note: 'BERT, English, uncased' },
  { repo: 'Xenova/distilbert-base-uncased', note: 'DistilBERT, English, uncased' },
  { repo: 'Xenova/roberta-base', note: 'RoBERTa, English, byte-level BPE, <mask>' },
  { repo: 'Xenova/bert-base-chinese', note: 'BERT, Chinese characters' },
  { repo: 'Xenova/bert-base-multilingual-uncased', note: 'BERT, 100+ languages' },
];

const REPO_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9][\w.-]{0,95}$/;

/** Whether a string has the shape of a Hub repository id (`owner/name`). */
export function isValidRepoId(id: string): boolean {
  return REPO_ID.test(id) && !id.includes('..');
}

/** Normalises a Hub host typed by a person: trims, adds https:// when missing, drops the trailing slash. */
export function normaliseHubHost(host: string): string | null {
  const trimmed = host.trim();
  if (trimmed === '') return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** The URL of one file of a Hub repository, in the layout transformers.js uses (and caches under). */
export function hubFileUrl(host: string, repo: string, revision: string, file: string): string {
  return `${host.replace(/\/+$/, '')}/${repo}/resolve/${encodeURIComponent(revision)}/${file}`;
}

/** What the Runtime status calls a model: its folder name or Hub id, verbatim. */
export function modelLabel(source: ModelSource): string {
  return source.kind === 'hub' ? source.repo : source.name;
}

/** The ONNX file to load for a source. */
export function modelFile(source: ModelSource): string {
  return DTYPE_FILES[source.dtype];
}

/** A sensible dtype for a backend: 8-bit on WASM (4× smaller, fast int8 kernels), fp32 on WebGPU. */
export function defaultDtype(backend: 'wasm' | 'webgpu'): Dtype {
  return backend === 'wasm' ? 'q8' : 'fp32';
}

/** Two sources name the same model files. */
export function sameSource(a: ModelSource, b: ModelSource): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads `?model=<repo id>&hub=<host>&dtype=<dtype>` from a shared link. A teacher can hand
 * students one URL; the model loads on open. Returns null when the link names no valid model.
 */
export function sourceFromLink(
  search: string,
  fallbackHost: string,
  fallbackDtype: Dtype,
): ModelSource | null {
  const params = new URLSearchParams(search);
  const repo = params.get('model')?.trim();
  if (!repo || !isValidRepoId(repo)) return null;
  const host = normaliseHubHost(params.get('hub') ?? '') ?? fallbackHost;
  const dtype = params.get('dtype') as Dtype | null;
  return {
    kind: 'hub',
    repo,
    host,
    revision: params.get('revision')?.trim() || 'main',
    dtype: dtype && DTYPES.includes(dtype) ? dtype : fallbackDtype,
  };
}

/** A model served by this app from `public/models/` (the bundled one, or one fetched with fetch-model). */
export interface ServedModel {
  name: string;
  dtype: Dtype;
}

/** Reads `public/models/index.json` (written by fetch-model); anything malformed lists nothing. */
export function readServedModels(value: unknown): ServedModel[] {
  const models = (value as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return [];
  return models.flatMap((m: { name?: unknown; dtype?: unknown }) =>
    typeof m?.name === 'string' && DTYPES.includes(m.dtype as Dtype)
      ? [{ name: m.name, dtype: m.dtype as Dtype }]
      : [],
  );
}

/** Checks a stored value is a model source; null for anything else. */
export function readModelSource(value: unknown): ModelSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const dtype = DTYPES.includes(v.dtype as Dtype) ? (v.dtype as Dtype) : null;
  if (v.kind === 'bundled' && typeof v.name === 'string')
    return { kind: 'bundled', name: v.name, dtype: dtype ?? 'fp32' };
  if (
    v.kind === 'hub' &&
    typeof v.repo === 'string' &&
    isValidRepoId(v.repo) &&
    typeof v.host === 'string' &&
    dtype
  )
    return {
      kind: 'hub',
      repo: v.repo,
      host: v.host,
      revision: typeof v.revision === 'string' ? v.revision : 'main',
      dtype,
    };
  // A picked folder cannot be reopened after a reload (the browser forgets the files).
  return null;
}
