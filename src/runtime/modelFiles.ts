/**
 * Fetching a model's files in the worker: tokenizer and config through transformers.js' own Hub
 * code (its URL layout, its browser cache, its progress events), the ONNX weights through a
 * streamed download that we can show per-byte progress for and cancel. transformers.js does
 * not export its file fetcher, so the download reuses its URL layout and stores the file in its
 * browser cache under the same key: one cache, which its ModelRegistry also sees.
 */
import {
  AutoConfig,
  AutoTokenizer,
  env,
  ModelRegistry,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { DTYPES, hubFileUrl, modelFile, type ModelSource } from '../core/modelSource';
import { appBase } from './appBase';
import { ModelLoadError, NO_ONNX_UNKNOWN } from './loadErrors';

/** Reports bytes received for one file. */
export type ProgressListener = (file: string, loaded: number, total: number) => void;

/** What loading needs from a model folder. */
export interface ModelFiles {
  modelBytes: Uint8Array;
  tokenizer: PreTrainedTokenizer;
  config: ModelConfig;
}

/** The config.json fields the app reads. */
export interface ModelConfig {
  architectures?: string[];
  vocab_size?: number;
  max_position_embeddings?: number;
}

// Larger models cannot be held in a browser tab's 4 GB wasm heap next to their session.
const MAX_MODEL_BYTES = 2 * 1024 ** 3;
let folderLoads = 0;

/** Fetches the tokenizer, config and ONNX bytes of a model source. */
export async function fetchModelFiles(
  source: ModelSource,
  folderFiles: File[],
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<ModelFiles> {
  if (source.kind === 'folder') return readFolder(folderFiles, source, onProgress);

  const file = modelFile(source);
  let id: string;
  let modelUrl: string;
  if (source.kind === 'bundled') {
    const modelsBase = `${appBase()}models/`;
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.localModelPath = modelsBase;
    id = source.name;
    modelUrl = `${modelsBase}${source.name}/${file}`;
  } else {
    // Only the Hub (or its mirror): a local lookup first would hit the app's own server.
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = `${source.host.replace(/\/+$/, '')}/`;
    id = source.repo;
    modelUrl = hubFileUrl(source.host, source.repo, source.revision, file);
  }
  const options = {
    revision: source.kind === 'hub' ? source.revision : 'main',
    // transformers.js reports each of its own downloads; pass them on beside the ONNX file's.
    progress_callback: (info: {
      status: string;
      file?: string;
      loaded?: number;
      total?: number;
    }) => {
      if (info.status === 'progress' && info.file)
        onProgress(info.file, info.loaded ?? 0, info.total ?? 0);
    },
  };
  const config = (await AutoConfig.from_pretrained(id, options)) as unknown as ModelConfig;
  const architectures = config.architectures ?? [];
  if (architectures.length > 0 && !architectures.some((a) => a.endsWith('ForMaskedLM')))
    throw new ModelLoadError('notMaskedLm', `config.json says ${architectures.join(', ')}`);
  // The tokenizer and the weights download side by side; only a config that is plainly not a
  // masked LM stops a (possibly large) weights download before it starts.
  const tokenizerLoad = AutoTokenizer.from_pretrained(id, options);
  let modelBytes: Uint8Array;
  try {
    [modelBytes] = await Promise.all([
      download(modelUrl, file, source.kind === 'hub', onProgress, signal),
      tokenizerLoad,
    ]);
  } catch (error) {
    if (source.kind === 'hub' && error instanceof ModelLoadError && error.failure === 'noOnnx')
      throw new ModelLoadError('noOnnx', await availableDtypes(id, source.revision));
    throw error;
  }
  return { modelBytes, tokenizer: await tokenizerLoad, config };
}

/**
 * Which precisions the repository does have, asked through transformers.js' ModelRegistry, as a
 * noOnnx failure's detail: names only, so the UI can say it in any language ('' for none).
 */
async function availableDtypes(repo: string, revision: string): Promise<string> {
  try {
    const found = (await ModelRegistry.get_available_dtypes(repo, { revision })) as string[];
    return DTYPES.filter((d) => found.includes(d)).join(', ');
  } catch {
    return NO_ONNX_UNKNOWN;
  }
}

/** Streams a file with progress; Hub files go through (and into) transformers.js' browser cache. */
async function download(
  url: string,
  file: string,
  useCache: boolean,
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const cache = useCache && typeof caches !== 'undefined' ? await caches.open(env.cacheKey) : null;
  const cached = await cache?.match(url);
  if (cached) {
    const bytes = new Uint8Array(await cached.arrayBuffer());
    onProgress(file, bytes.length, bytes.length);
    return bytes;
  }
  const response = await fetch(url, { signal });
  if (response.status === 404)
    throw new ModelLoadError('noOnnx', `${file} is not in this repository (HTTP 404)`);
  if (!response.ok) throw new ModelLoadError('other', `${file}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (total > MAX_MODEL_BYTES)
    throw new ModelLoadError('tooBig', `${file} is ${(total / 1024 ** 3).toFixed(1)} GB`);
  const bytes = await readWithProgress(response, file, total, onProgress);
  try {
    await cache?.put(
      url,
      new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { 'content-length': String(bytes.length) },
      }),
    );
  } catch (error) {
    // A full disk or storage quota must not cost the loaded model; it just is not kept offline.
    console.warn(
      `Cloze Lab: ${file} was not cached (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return bytes;
}

async function readWithProgress(
  response: Response,
  file: string,
  total: number,
  onProgress: ProgressListener,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    if (loaded > MAX_MODEL_BYTES) throw new ModelLoadError('tooBig', `${file} is over 2 GB`);
    onProgress(file, loaded, Math.max(total, loaded));
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A folder picked from disk: transformers.js reads its tokenizer and config through a custom
 * cache that answers from the picked files, so nothing is fetched at all.
 */
async function readFolder(
  files: File[],
  source: Extract<ModelSource, { kind: 'folder' }>,
  onProgress: ProgressListener,
): Promise<ModelFiles> {
  // webkitRelativePath is "<picked folder>/onnx/model.onnx"; key files by the part after it.
  const byPath = new Map(
    files.map((f) => [f.webkitRelativePath.split('/').slice(1).join('/') || f.name, f]),
  );
  const file = modelFile(source);
  const onnx = byPath.get(file);
  if (!onnx) throw new ModelLoadError('noOnnx', NO_ONNX_UNKNOWN);
  for (const needed of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
    if (!byPath.has(needed)) throw new ModelLoadError('notFound', `the folder has no ${needed}`);

  // transformers.js refuses to look anywhere when both are off; the cache answers first, and
  // the host is unresolvable on purpose, so a file missing from the folder fails, unfetched.
  env.allowLocalModels = false;
  env.allowRemoteModels = true;
  env.remoteHost = 'https://picked-folder.invalid/';
  env.useCustomCache = true;
  env.customCache = {
    match: async (key: string) => {
      const hit = [...byPath.entries()].find(([path]) => key.endsWith(`/${path}`));
      return hit ? new Response(hit[1]) : undefined;
    },
    put: async () => {},
  };
  try {
    // A fresh id each time: transformers.js memoises tokenizers by id.
    const id = `local-folder/${++folderLoads}-${source.name.replace(/[^\w.-]/g, '_')}`;
    const config = (await AutoConfig.from_pretrained(id)) as unknown as ModelConfig;
    const tokenizer = await AutoTokenizer.from_pretrained(id);
    const modelBytes = new Uint8Array(await onnx.arrayBuffer());
    onProgress(file, modelBytes.length, modelBytes.length);
    return { modelBytes, tokenizer, config };
  } finally {
    env.useCustomCache = false;
    env.customCache = null;
  }
}

/** Bytes held in the browser's model cache. */
export async function cachedModelBytes(): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const cache = await caches.open(env.cacheKey);
  let total = 0;
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const length = Number(response?.headers.get('content-length'));
    total += length > 0 ? length : ((await response?.blob())?.size ?? 0);
  }
  return total;
}

/** Empties the browser's model cache. */
export async function clearModelCache(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(env.cacheKey);
}
