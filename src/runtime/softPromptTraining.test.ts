/**
 * The continuous-prompt pieces together on the bundled default model, in Node: the template
 * `{text} [P] [P] [P] [P] [MASK].` with four soft vectors started from "it was really so",
 * both graph rewrites, the app's tokenizer and the soft-prompt trainer (MeZO, cross-entropy over
 * great / terrible) on eight labelled sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WordEmbeddingTable } from '../core/onnx/wordEmbeddings';
import { parseTemplate } from '../core/template';
import { servedRunner, servedSoftPromptModel, servedTokenizer } from './nodeModels.testing';
import {
  crossEntropy,
  scoreRows,
  startVectors,
  trainSoftPrompt,
  type SoftPromptModel,
  type SoftPromptTask,
} from './softPrompt/softPromptTrainer';
import { TokenizerFacts } from './tokenizerFacts';

const MODEL = 'cloze-lab-en';
const TEMPLATE = '{text} [P] [P] [P] [P] [MASK].';
const START_WORDS = ['it', 'was', 'really', 'so'];
const LABEL_WORDS = ['great', 'terrible'];
// Written for this test; class 0 = positive (great), 1 = negative (terrible).
const TRAIN = [
  { text: 'Worth every penny.', label: 0 },
  { text: 'It did exactly what it promised.', label: 0 },
  { text: 'I would happily go back next year.', label: 0 },
  { text: 'My kids asked to watch it again.', label: 0 },
  { text: 'I expected more.', label: 1 },
  { text: 'We left before the end.', label: 1 },
  { text: 'I will not order from them again.', label: 1 },
  { text: 'The second half drags on forever.', label: 1 },
];
const TEXTS = TRAIN.map((r) => r.text);

describe(`a soft prompt on ${MODEL}`, () => {
  let facts: TokenizerFacts;
  let model: SoftPromptModel;
  let table: WordEmbeddingTable;
  let task: SoftPromptTask;
  let startIds: number[];

  beforeAll(async () => {
    const served = await servedSoftPromptModel(MODEL, await servedTokenizer(MODEL));
    model = served.model;
    table = served.table;
    facts = model.facts;
    const single = (word: string) => {
      const ids = facts.encode(word);
      expect(ids).toHaveLength(1);
      return ids[0] ?? 0;
    };
    startIds = START_WORDS.map(single);
    const parsed = parseTemplate(TEMPLATE);
    if (!parsed.ok) throw new Error('template');
    task = { template: parsed.segments, labelPieces: LABEL_WORDS.map((w) => [[single(w)]]) };
  });

  const settings = { learningRate: 0.05, epsilon: 1e-3, batchSize: 8, seed: 1, evalEvery: 10 };

  it('learns: 30 MeZO steps bring the cross-entropy over great / terrible down', async () => {
    const start = startVectors(startIds, table);
    const before = crossEntropy(await scoreRows(model, task, TEXTS, start), TRAIN);
    // lr 0.05, ε 1e-3: on seeds 1–4 the loss fell from 0.526 to 0.448–0.468 in 30 steps (lr
    // 0.2 fell no further and pulled the vectors far from any word; 0.01 barely moved them).
    const steps: number[] = [];
    const run = await trainSoftPrompt(
      model,
      task,
      TRAIN,
      TRAIN,
      start,
      { ...settings, steps: 30 },
      (s) => steps.push(s.step),
      async () => false,
    );
    const after = crossEntropy(await scoreRows(model, task, TEXTS, run.vectors), TRAIN);
    expect(before).toBeGreaterThan(0.3);
    expect(after).toBeLessThan(before - 0.03);
    expect(run.history.at(-1)?.loss).toBeLessThan(run.history[0]?.loss ?? 0);
    expect(steps).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(run.history.filter((h) => h.evalAccuracy !== null).map((h) => h.step)).toEqual([
      10, 20, 30,
    ]);
  });

  it('repeats a seeded run exactly, with mini-batches, and stops when asked', async () => {
    const start = startVectors(startIds, table);
    const once = () =>
      trainSoftPrompt(
        model,
        task,
        TRAIN,
        [],
        start,
        { ...settings, batchSize: 3, steps: 6 },
        () => {},
        async () => false,
      );
    const [a, b] = [await once(), await once()];
    expect(a.vectors.map((v) => [...v])).toEqual(b.vectors.map((v) => [...v]));
    expect(a.vectors[0]).not.toEqual(start[0]);
    let asked = 0;
    const stopped = await trainSoftPrompt(
      model,
      task,
      TRAIN,
      [],
      start,
      { ...settings, steps: 6 },
      () => {},
      async () => ++asked > 2,
    );
    expect(stopped.stopped).toBe(true);
    expect(stopped.history).toHaveLength(2);
  });

  it('feeds the vectors: the starting words as vectors, or as ids, score as the typed template', async () => {
    const runner = await servedRunner(MODEL, await servedTokenizer(MODEL));
    const typed = parseTemplate(`{text} ${START_WORDS.join(' ')} [MASK].`);
    if (!typed.ok) throw new Error('template');
    const plain = await runner.predict({
      template: typed.segments,
      examples: TEXTS,
      classes: LABEL_WORDS.map((w) => ({ name: w, words: [w] })),
      selectedIndex: 0,
      labelWordsAfterSpace: true,
      tunedHead: null,
    });
    if ('code' in plain) throw new Error(plain.code);
    const expected = plain.examples.map((e) => e.probs);
    // Soft positions hold the mask id: only the fed vectors can make them read the words.
    const asVectors = await scoreRows(model, task, TEXTS, startVectors(startIds, table));
    const asIds = await scoreRows(model, { ...task, fillIds: startIds }, TEXTS, null);
    for (const probs of [asVectors, asIds])
      probs.forEach((p, i) =>
        p.forEach((value, c) => expect(value).toBeCloseTo(expected[i]?.[c] ?? NaN, 4)),
      );
    // And without either, the mask id is read there: a different question, other answers.
    const neither = await scoreRows(model, task, TEXTS, null);
    expect(Math.abs((neither[0]?.[0] ?? 0) - (expected[0]?.[0] ?? 0))).toBeGreaterThan(1e-3);
  });
});
