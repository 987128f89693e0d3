#!/usr/bin/env node
// `npm run fetch-model -- <owner/name> [--dtype q8] [--hub https://hf-mirror.com] [--revision main]`
// Downloads a Hub model through transformers.js' own Hub code (its URL layout and file cache),
// checks it loads as a masked LM, and copies it into public/models/<owner/name>/ so the app
// serves it with no internet — for classrooms with a poor connection. Updates
// public/models/index.json, which the app's model picker reads.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoConfig, AutoModelForMaskedLM, AutoTokenizer, env } from '@huggingface/transformers';

const DTYPE_FILES = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  q8: 'onnx/model_quantized.onnx',
  q4: 'onnx/model_q4.onnx',
};
const FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Fetches `repo` into `<out>/<repo>/` and records it in `<out>/index.json`; returns the folder. */
export async function fetchModel({
  repo,
  dtype = 'q8',
  hub = 'https://huggingface.co',
  revision = 'main',
  out = join(ROOT, 'public/models'),
}) {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`"${repo}" is not a Hub id (owner/name)`);
  if (!(dtype in DTYPE_FILES))
    throw new Error(`dtype must be one of ${Object.keys(DTYPE_FILES).join(', ')}`);
  const cacheDir = mkdtempSync(join(tmpdir(), 'cloze-lab-fetch-'));
  try {
    env.remoteHost = `${hub.replace(/\/+$/, '')}/`;
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.cacheDir = cacheDir;
    const options = { revision, cache_dir: cacheDir };
    await AutoConfig.from_pretrained(repo, options);
    await AutoTokenizer.from_pretrained(repo, options);
    // Loading the model downloads its ONNX file and proves it runs as a masked LM here.
    const model = await AutoModelForMaskedLM.from_pretrained(repo, {
      ...options,
      dtype,
      device: 'cpu',
    });
    await model.dispose();

    // transformers.js' file cache keeps main-revision files at <cache>/<repo>/<file>.
    const cached = revision === 'main' ? join(cacheDir, repo) : join(cacheDir, repo, revision);
    const target = join(out, repo);
    mkdirSync(join(target, 'onnx'), { recursive: true });
    for (const file of [...FILES, DTYPE_FILES[dtype]])
      cpSync(join(cached, file), join(target, file));
    recordInIndex(out, { name: repo, dtype });
    return target;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function recordInIndex(out, entry) {
  const indexFile = join(out, 'index.json');
  const index = existsSync(indexFile)
    ? JSON.parse(readFileSync(indexFile, 'utf8'))
    : { models: [] };
  index.models = [...index.models.filter((m) => m.name !== entry.name), entry];
  writeFileSync(indexFile, `${JSON.stringify(index, null, 2)}\n`);
}

function parseArgs(argv) {
  const options = {
    repo: argv.find((a) => !a.startsWith('--') && !argv[argv.indexOf(a) - 1]?.startsWith('--')),
  };
  for (const key of ['dtype', 'hub', 'revision', 'out']) {
    const at = argv.indexOf(`--${key}`);
    if (at >= 0 && argv[at + 1]) options[key] = argv[at + 1];
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArgs(process.argv.slice(2));
  if (!options.repo) {
    console.error(
      'usage: npm run fetch-model -- <owner/name> [--dtype fp32|fp16|q8|q4] [--hub <host>] [--revision <rev>]',
    );
    process.exit(2);
  }
  fetchModel(options).then(
    (folder) => console.log(`fetched ${options.repo} (${options.dtype ?? 'q8'}) into ${folder}`),
    (error) => {
      console.error(`could not fetch ${options.repo}: ${error.message}`);
      process.exit(1);
    },
  );
}
