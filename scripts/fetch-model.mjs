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
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
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
// The app's own rule for Hub ids (src/core/modelSource.ts isValidRepoId): two parts, each
// starting with a letter or digit; '..' anywhere is refused separately.
const HUB_PART = /^[A-Za-z0-9][\w.-]{0,95}$/;

/**
 * Why `repo` is not a Hub id that stays inside the models folder, or null when it is one. The id
 * becomes a folder path, so anything that could climb out of public/models is refused.
 */
export function hubIdProblem(repo) {
  if (typeof repo !== 'string' || repo === '') return 'no id was given';
  if (repo.includes('\\')) return 'backslashes are not allowed';
  if (isAbsolute(repo) || /^[A-Za-z]:/.test(repo)) return 'it is an absolute path';
  const parts = repo.split('/');
  if (parts.includes('..')) return "'..' would leave the models folder";
  if (parts.includes('')) return 'it has an empty part';
  if (parts.length !== 2) return 'it must have exactly two parts, owner/name';
  if (repo.includes('..')) return "'..' is not allowed in a Hub id";
  if (!parts.every((part) => HUB_PART.test(part)))
    return 'owner and name use letters, digits, _ . - and start with a letter or digit';
  return null;
}

/** The folder `repo` is written to: `<out>/<owner>/<name>`, refused unless it is inside `out`. */
export function modelFolder(out, repo) {
  const problem = hubIdProblem(repo);
  if (problem)
    throw new Error(`"${repo}" is not a Hub id (owner/name): ${problem}. Nothing was written.`);
  const target = resolve(out, repo);
  const inside = relative(resolve(out), target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new Error(`"${repo}" would be written outside ${out}. Nothing was written.`);
  return target;
}

/** Fetches `repo` into `<out>/<repo>/` and records it in `<out>/index.json`; returns the folder. */
export async function fetchModel({
  repo,
  dtype = 'q8',
  hub = 'https://huggingface.co',
  revision = 'main',
  out = join(ROOT, 'public/models'),
}) {
  const target = modelFolder(out, repo);
  if (!(dtype in DTYPE_FILES))
    throw new Error(`dtype must be one of ${Object.keys(DTYPE_FILES).join(', ')}`);
  const cacheDir = mkdtempSync(join(tmpdir(), 'cloze-lab-fetch-'));
  try {
    env.remoteHost = `${hub.replace(/\/+$/, '')}/`;
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.cacheDir = cacheDir;
    const options = { revision, cache_dir: cacheDir };
    try {
      await AutoConfig.from_pretrained(repo, options);
      await AutoTokenizer.from_pretrained(repo, options);
      // Loading the model downloads its ONNX file and proves it runs as a masked LM here.
      const model = await AutoModelForMaskedLM.from_pretrained(repo, {
        ...options,
        dtype,
        device: 'cpu',
      });
      await model.dispose();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const missing = /could not locate|404|not found/i.test(detail);
      throw new Error(
        missing
          ? `"${repo}" could not be downloaded from ${hub}: no such repository, or it lacks a file this app needs (config.json, tokenizer files, ${DTYPE_FILES[dtype]}). Nothing was written. (${detail})`
          : `"${repo}" could not be downloaded from ${hub}: ${detail}. Nothing was written.`,
        { cause: error },
      );
    }

    // transformers.js' file cache keeps main-revision files at <cache>/<repo>/<file>.
    const cached = revision === 'main' ? join(cacheDir, repo) : join(cacheDir, repo, revision);
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
