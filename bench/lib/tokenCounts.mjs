// Token counts of the bench's examples under a template, read in Node with the bench model's own
// tokenizer (transformers.js, from bench/models): the work one prediction asks of the encoder.
import { AutoTokenizer, env } from '@huggingface/transformers';
import { BENCH_MODELS_ROOT } from './benchModels.mjs';

/** Loads the tokenizer of a bench model `repo` from bench/models (no network). */
export async function loadBenchTokenizer(repo) {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${BENCH_MODELS_ROOT}/`;
  return AutoTokenizer.from_pretrained(repo);
}

/**
 * The mean number of tokens (specials included, no padding) of `examples` under `template`
 * (`{text}` and `[MASK]` as the app writes them): tokenized as one string, which for WordPiece
 * gives the ids the app assembles from the template's pieces.
 */
export function meanTokensPerExample(tokenizer, template, examples) {
  const total = examples.reduce((sum, text) => {
    const rendered = template.replace('{text}', text).replace('[MASK]', tokenizer.mask_token);
    return sum + tokenizer.encode(rendered).length;
  }, 0);
  return total / examples.length;
}
