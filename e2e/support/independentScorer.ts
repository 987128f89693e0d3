/**
 * An independent scorer for e2e checks: in Node, it loads a bundled model's files with
 * onnxruntime-node and the tokenizer with transformers.js, builds `[CLS] filled template [SEP]`
 * itself, runs the original (not head-rewritten) graph, softmaxes the whole vocabulary at the
 * mask and sums each class's label-word probabilities. It shares no code with the app's runner,
 * sequence assembly or verbalizer, so agreement with the app means something.
 *
 * Limits, on purpose: one mask, label words of one token each, texts that fit the model.
 */
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';

/** A class and its label words. */
export interface ScorerClass {
  name: string;
  words: string[];
}

/** A row to score: its text and, for `{text_b}`, its second text. */
export interface ScorerRow {
  text: string;
  textB?: string;
}

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));

interface TokenizerApi {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
  mask_token: string;
  get_vocab(): Map<string, number>;
}

/** A loaded model that scores rows under a template. */
export interface IndependentScorer {
  /** Normalised class probabilities, one row per input row, classes in the given order. */
  scoreRows(template: string, rows: ScorerRow[], classes: ScorerClass[]): Promise<number[][]>;
  /** Accuracy of `scoreRows`' argmax against gold class names. */
  accuracy(
    template: string,
    rows: Array<ScorerRow & { gold: string }>,
    classes: ScorerClass[],
  ): Promise<number>;
}

/** Loads `public/models/<model>` (fp32 `onnx/model.onnx`) and its tokenizer. */
export async function loadIndependentScorer(model = 'cloze-lab-en'): Promise<IndependentScorer> {
  env.allowRemoteModels = false;
  env.localModelPath = MODELS;
  const tokenizer = (await AutoTokenizer.from_pretrained(model)) as unknown as TokenizerApi;
  const session = await ort.InferenceSession.create(`${MODELS}${model}/onnx/model.onnx`);
  // BERT's own names for the special tokens, looked up in the vocabulary (this tokenizer's
  // config does not name a [CLS] token).
  const vocabulary = tokenizer.get_vocab();
  const special = (token: string): number => {
    const id = vocabulary.get(token);
    if (id === undefined) throw new Error(`no ${token} in the vocabulary`);
    return id;
  };
  const [cls, sep, maskId] = ['[CLS]', '[SEP]', tokenizer.mask_token].map(special) as [
    number,
    number,
    number,
  ];
  const int64 = (ids: number[]) =>
    new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]);

  const wordId = (word: string): number => {
    const ids = tokenizer.encode(word, { add_special_tokens: false });
    if (ids.length !== 1) throw new Error(`"${word}" is not one token (${ids.length})`);
    return ids[0] as number;
  };

  async function scoreOne(filled: string, classIds: number[][]): Promise<number[]> {
    const body = tokenizer.encode(filled, { add_special_tokens: false });
    const ids = [cls, ...body, sep];
    const mask = ids.indexOf(maskId);
    if (mask < 0 || ids.lastIndexOf(maskId) !== mask)
      throw new Error(`expected one mask in "${filled}"`);
    const feeds: Record<string, ort.Tensor> = {
      input_ids: int64(ids),
      attention_mask: int64(ids.map(() => 1)),
    };
    if (session.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = int64(ids.map(() => 0));
    const output = (await session.run(feeds)).logits as ort.Tensor;
    const vocab = output.dims[2] as number;
    const logits = (output.data as Float32Array).subarray(mask * vocab, (mask + 1) * vocab);
    let max = -Infinity;
    for (const v of logits) max = Math.max(max, v);
    let total = 0;
    for (const v of logits) total += Math.exp(v - max);
    const classScores = classIds.map((words) =>
      words.reduce((sum, id) => sum + Math.exp((logits[id] as number) - max) / total, 0),
    );
    const sum = classScores.reduce((a, b) => a + b, 0);
    return classScores.map((s) => s / sum);
  }

  const scorer: IndependentScorer = {
    async scoreRows(template, rows, classes) {
      const classIds = classes.map((c) => [...new Set(c.words.map(wordId))]);
      const out: number[][] = [];
      for (const row of rows) {
        const filled = template
          .replace('{text}', () => row.text)
          .replace('{text_b}', () => row.textB ?? '')
          .replace('[MASK]', () => tokenizer.mask_token);
        out.push(await scoreOne(filled, classIds));
      }
      return out;
    },
    async accuracy(template, rows, classes) {
      const probs = await scorer.scoreRows(template, rows, classes);
      const correct = probs.filter((p, i) => {
        const best = p.indexOf(Math.max(...p));
        return classes[best]?.name === rows[i]?.gold;
      }).length;
      return correct / rows.length;
    },
  };
  return scorer;
}
