/**
 * The served models (public/models) in Node, for the tests and the accuracy experiment: the
 * transformers.js tokenizer read from disk and the app's runner over onnxruntime-node. Never
 * imported by the app (onnxruntime-node is Node-only).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { rewriteSoftPromptInput } from '../core/onnx/softPromptInput';
import { readWordEmbeddings, type WordEmbeddingTable } from '../core/onnx/wordEmbeddings';
import { MaskedLmRunner, type TokenizerLike } from './maskedLmRunner';
import type { SoftPromptModel } from './softPrompt/softScoring';
import { TokenizerFacts } from './tokenizerFacts';

/** The folder the app serves its models from. */
export const SERVED_MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));

/** A served model's tokenizer, read from disk (no network). */
export async function servedTokenizer(model: string): Promise<TokenizerLike> {
  env.allowRemoteModels = false;
  env.localModelPath = SERVED_MODELS;
  return (await AutoTokenizer.from_pretrained(model)) as unknown as TokenizerLike;
}

/**
 * A runner over served model `model` (fp32), its graph head-rewritten as the app loads it
 * unless `rewrite` is false; a fresh runner has an empty cache.
 */
export async function servedRunner(
  model: string,
  tokenizer: TokenizerLike,
  { rewrite = true, threads }: { rewrite?: boolean; threads?: number } = {},
): Promise<MaskedLmRunner> {
  let bytes: Uint8Array = readFileSync(`${SERVED_MODELS}${model}/onnx/model.onnx`);
  if (rewrite) {
    const rewritten = rewriteMaskedLmHead(bytes, tokenizer.get_vocab().size);
    if (!rewritten.ok) throw new Error(`head rewrite failed: ${rewritten.reason}`);
    bytes = rewritten.model;
  }
  const session = await ort.InferenceSession.create(
    bytes,
    threads ? { intraOpNumThreads: threads } : {},
  );
  return new MaskedLmRunner(
    session,
    tokenizer,
    (data, dims) => new ort.Tensor('int64', data, dims),
    128,
  );
}

/**
 * Served model `model` (fp32) as the soft-prompt trainer takes it: the session rewritten by
 * both rewrites in the app's order (head, then soft input), tensors of onnxruntime-node, and
 * the word-embedding table the soft vectors start from.
 */
export async function servedSoftPromptModel(
  model: string,
  tokenizer: TokenizerLike,
  { threads }: { threads?: number } = {},
): Promise<{ model: SoftPromptModel; table: WordEmbeddingTable }> {
  const facts = new TokenizerFacts(tokenizer);
  const bytes = readFileSync(`${SERVED_MODELS}${model}/onnx/model.onnx`);
  const head = rewriteMaskedLmHead(bytes, facts.vocabSize);
  if (!head.ok) throw new Error(`head rewrite failed: ${head.reason}`);
  const soft = rewriteSoftPromptInput(head.model);
  if (!soft.ok) throw new Error(`soft-input rewrite failed: ${soft.reason}`);
  const read = readWordEmbeddings(bytes);
  if (!read.ok) throw new Error(`embedding table unreadable: ${read.reason}`);
  const session = await ort.InferenceSession.create(
    soft.model,
    threads ? { intraOpNumThreads: threads } : {},
  );
  return {
    model: {
      session,
      tensors: {
        int64: (data, dims) => new ort.Tensor('int64', data, dims),
        float32: (data, dims) => new ort.Tensor('float32', data, dims),
        bool: (data, dims) => new ort.Tensor('bool', data, dims),
      },
      facts,
      hiddenSize: soft.hiddenSize,
      maxLength: 128,
    },
    table: read.table,
  };
}
