/**
 * The continuous-prompt pieces together on the bundled default model, in Node: the template
 * `{text} [P] [P] [P] [P] [MASK].` with four soft vectors started from "it was really so",
 * both graph rewrites, the app's tokenizer, cross-entropy over great / terrible on eight labelled
 * sentences written for this test, and MeZO: after 30 steps the loss at the learned vectors is
 * below the loss at the starting words.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_TENSORS, rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { rewriteSoftPromptInput, SOFT_TENSORS } from '../core/onnx/softPromptInput';
import { readWordEmbeddings, type WordEmbeddingTable } from '../core/onnx/wordEmbeddings';
import { assembleSequence, type AssembledSequence, type TokenizedSegment } from '../core/sequence';
import { Mezo } from '../core/softPrompt/mezo';
import { spaceSegments } from '../core/spacing';
import { parseTemplate } from '../core/template';
import { SERVED_MODELS, servedTokenizer } from './nodeModels.testing';
import { TokenizerFacts } from './tokenizerFacts';

const MODEL = 'cloze-lab-en';
const TEMPLATE = '{text} [P] [P] [P] [P] [MASK].';
const START_WORDS = ['it', 'was', 'really', 'so'];
const LABEL_WORDS = ['great', 'terrible'];
// Written for this test; class 0 = positive (great), 1 = negative (terrible).
const TRAIN: Array<[string, number]> = [
  ['Worth every penny.', 0],
  ['It did exactly what it promised.', 0],
  ['I would happily go back next year.', 0],
  ['My kids asked to watch it again.', 0],
  ['I expected more.', 1],
  ['We left before the end.', 1],
  ['I will not order from them again.', 1],
  ['The second half drags on forever.', 1],
];

interface Batch {
  sequences: AssembledSequence[];
  feeds: Record<string, ort.Tensor>;
  width: number;
}

function int64(values: number[], dims: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), dims);
}

/** The training sentences in the template, padded to one width, with the fixed feeds. */
function buildBatch(facts: TokenizerFacts, startIds: number[]): Batch {
  const parsed = parseTemplate(TEMPLATE);
  if (!parsed.ok) throw new Error('template');
  const sequences = TRAIN.map(([text]) => {
    const segments: TokenizedSegment[] = spaceSegments(parsed.segments, false).map((s) =>
      s.kind === 'text' || s.kind === 'textB'
        ? { kind: s.kind, ids: facts.encode(text) }
        : s.kind === 'literal'
          ? { kind: 'literal', ids: facts.encode(s.text) }
          : s,
    );
    const assembled = assembleSequence(segments, facts.special, 128, 1, startIds);
    if ('error' in assembled) throw new Error('too long');
    return assembled;
  });
  const width = Math.max(...sequences.map((s) => s.ids.length));
  const ids = sequences.flatMap((s) => [...s.ids, ...Array<number>(width - s.ids.length).fill(0)]);
  const attention = sequences.flatMap((s) =>
    Array.from({ length: width }, (_, t) => (t < s.ids.length ? 1 : 0)),
  );
  const positions = new Uint8Array(sequences.length * width);
  sequences.forEach((s, b) => (s.softIndices ?? []).forEach((t) => (positions[b * width + t] = 1)));
  const dims = [sequences.length, width];
  const maskRows = sequences.map((s, b) => b * width + (s.maskIndices[0] ?? 0));
  return {
    sequences,
    width,
    feeds: {
      input_ids: int64(ids, dims),
      attention_mask: int64(attention, dims),
      token_type_ids: int64(Array<number>(ids.length).fill(0), dims),
      [SOFT_TENSORS.positions]: new ort.Tensor('bool', positions, dims),
      [HEAD_TENSORS.maskRows]: int64(maskRows, [maskRows.length]),
    },
  };
}

describe(`a soft prompt on ${MODEL}`, () => {
  let facts: TokenizerFacts;
  let session: ort.InferenceSession;
  let table: WordEmbeddingTable;

  beforeAll(async () => {
    facts = new TokenizerFacts(await servedTokenizer(MODEL));
    const bytes = readFileSync(`${SERVED_MODELS}${MODEL}/onnx/model.onnx`);
    const head = rewriteMaskedLmHead(bytes, facts.vocabSize);
    if (!head.ok) throw new Error(head.reason);
    const soft = rewriteSoftPromptInput(head.model);
    if (!soft.ok) throw new Error(soft.reason);
    session = await ort.InferenceSession.create(soft.model);
    const read = readWordEmbeddings(bytes);
    if (!read.ok) throw new Error(read.reason);
    table = read.table;
  });

  it('learns: 30 MeZO steps bring the cross-entropy over great / terrible down', async () => {
    const hidden = table.hiddenSize;
    const single = (word: string) => {
      const ids = facts.encode(word);
      expect(ids).toHaveLength(1);
      return ids[0] ?? 0;
    };
    const startIds = START_WORDS.map(single);
    const labelIds = LABEL_WORDS.map(single);
    const batch = buildBatch(facts, startIds);
    const start = startIds.flatMap((id) =>
      Array.from(table.vectors.subarray(id * hidden, (id + 1) * hidden)),
    );

    const embeds = new Float32Array(batch.sequences.length * batch.width * hidden);
    const lossAt = async (theta: ArrayLike<number>): Promise<number> => {
      // Every soft position gets its vector; the rest of `embeds` is never read.
      batch.sequences.forEach((s, b) =>
        (s.softIndices ?? []).forEach((t, p) => {
          for (let k = 0; k < hidden; k++)
            embeds[(b * batch.width + t) * hidden + k] = theta[p * hidden + k] ?? 0;
        }),
      );
      const out = await session.run({
        ...batch.feeds,
        [SOFT_TENSORS.embeds]: new ort.Tensor('float32', embeds, [
          batch.sequences.length,
          batch.width,
          hidden,
        ]),
      });
      const logits = out[HEAD_TENSORS.maskLogits]?.data as Float32Array;
      let sum = 0;
      TRAIN.forEach(([, label], b) => {
        const classLogits = labelIds.map((id) => logits[b * table.vocabSize + id] ?? 0);
        const top = Math.max(...classLogits);
        const logZ = top + Math.log(classLogits.reduce((z, l) => z + Math.exp(l - top), 0));
        sum += logZ - (classLogits[label] ?? 0);
      });
      return sum / TRAIN.length;
    };

    // lr 0.05, ε 1e-3: on seeds 1–4 the loss fell from 0.526 to 0.448–0.468 in 30 steps (lr
    // 0.2 fell no further and pulled the vectors far from any word; 0.01 barely moved them).
    const mezo = new Mezo(start, { learningRate: 0.05, epsilon: 1e-3, seed: 1 });
    const before = await lossAt(start);
    const history: number[] = [];
    for (let s = 0; s < 30; s++) history.push((await mezo.step(lossAt)).loss);
    const after = await lossAt(mezo.parameters);
    expect(before).toBeGreaterThan(0.3);
    expect(after).toBeLessThan(before - 0.03);
    expect(history.at(-1)).toBeLessThan(history[0] ?? 0);
  });
});
