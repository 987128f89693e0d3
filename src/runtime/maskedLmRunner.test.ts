/**
 * The runner on the bundled cloze-mini model in Node (transformers.js tokenizer +
 * onnxruntime-node): caching, batching, truncation, label-word pieces, multi-piece words and
 * byte-level BPE spacing. Reference values against torch are in referenceModels.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { rewriteMaskedLmHead } from '../core/onnx/maskedLmHead';
import { parseTemplate } from '../core/template';
import { MaskedLmRunner, type PredictInput, type TokenizerLike } from './maskedLmRunner';
import type { PartialPrediction } from './predictTypes';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
const REFERENCE = fileURLToPath(new URL('../../tools/model/reference.json', import.meta.url));

interface ReferenceCase {
  text: string;
  input_ids: number[];
  verbalizers: Array<{ classes: Record<string, string[]>; probs: Record<string, number> }>;
  top5: Array<[string, number]>;
}
const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
  model: string;
  template: string;
  cases: ReferenceCase[];
};

let runner: MaskedLmRunner;
let rewrittenRunner: MaskedLmRunner;
let tokenizer: TokenizerLike;

async function makeRunner(model: string | Uint8Array): Promise<MaskedLmRunner> {
  const session = await ort.InferenceSession.create(model as Uint8Array);
  return new MaskedLmRunner(
    session,
    tokenizer,
    (data, dims) => new ort.Tensor('int64', data, dims),
    128,
  );
}

beforeAll(async () => {
  env.allowRemoteModels = false;
  env.localModelPath = MODELS;
  tokenizer = (await AutoTokenizer.from_pretrained(reference.model)) as unknown as TokenizerLike;
  const file = `${MODELS}${reference.model}/onnx/model.onnx`;
  runner = await makeRunner(file);
  const rewrite = rewriteMaskedLmHead(readFileSync(file), tokenizer.get_vocab().size);
  if (!rewrite.ok) throw new Error(rewrite.reason);
  rewrittenRunner = await makeRunner(rewrite.model);
});

const SENTIMENT = [
  { name: 'positive', words: ['great'] },
  { name: 'negative', words: ['terrible'] },
];

/** A predict request for `examples` under the reference template, zero-shot. */
function inputFor(examples: string[], classes = SENTIMENT): PredictInput {
  return {
    template: templateSegments(),
    examples,
    classes,
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  };
}

function templateSegments() {
  const parsed = parseTemplate(reference.template);
  if (!parsed.ok) throw new Error('reference template must be valid');
  return parsed.segments;
}

describe('MaskedLmRunner caching and batching', () => {
  it('runs the model once for a batch, then re-scores label-word edits from the cache', async () => {
    const fresh = await makeRunner(`${MODELS}${reference.model}/onnx/model.onnx`);
    const examples = reference.cases.map((c) => c.text);
    const input = inputFor(examples);
    const first = await fresh.predict(input);
    if ('code' in first) throw new Error(first.code);
    expect(first.stats).toMatchObject({ modelRuns: 1, sequencesRun: 3, cacheHits: 0 });

    const relabelled = await fresh.predict({
      ...input,
      classes: [...input.classes, { name: 'meh', words: ['fine'] }],
    });
    if ('code' in relabelled) throw new Error(relabelled.code);
    expect(relabelled.stats).toMatchObject({ modelRuns: 0, sequencesRun: 0, cacheHits: 3 });

    const oneEdited = await fresh.predict({
      ...input,
      examples: [examples[0] ?? '', 'A new line.', examples[2] ?? ''],
    });
    if ('code' in oneEdited) throw new Error(oneEdited.code);
    expect(oneEdited.stats).toMatchObject({ modelRuns: 1, sequencesRun: 1, cacheHits: 2 });
    // A batched, padded run gives the same numbers as a run on its own.
    expect(oneEdited.examples[0]?.probs[0]).toBeCloseTo(first.examples[0]?.probs[0] ?? NaN, 5);
  });

  it('copies far fewer bytes out of the rewritten graph than out of the original', async () => {
    const input = inputFor(reference.cases.map((c) => c.text));
    const full = await (
      await makeRunner(`${MODELS}${reference.model}/onnx/model.onnx`)
    ).predict(input);
    const rewritten = rewriteMaskedLmHead(
      readFileSync(`${MODELS}${reference.model}/onnx/model.onnx`),
      tokenizer.get_vocab().size,
    );
    if (!rewritten.ok) throw new Error(rewritten.reason);
    const rows = await (await makeRunner(rewritten.model)).predict(input);
    if ('code' in full || 'code' in rows) throw new Error('predict failed');
    const vocabBytes = tokenizer.get_vocab().size * 4;
    // One vocabulary row (+ two hidden vectors) per example instead of one per token.
    expect(rows.stats.outputBytes).toBeLessThan(3 * vocabBytes * 1.1);
    expect(full.stats.outputBytes).toBeGreaterThan(3 * vocabBytes * 10);
    rows.examples.forEach((e, i) =>
      expect(e.probs[0]).toBeCloseTo(full.examples[i]?.probs[0] ?? NaN, 5),
    );
  });

  it('cuts long examples to the model length and says by how much', async () => {
    const long = Array.from({ length: 200 }, () => 'good').join(' ');
    const result = await runner.predict(inputFor([long]));
    if ('code' in result) throw new Error(result.code);
    expect(result.preview).toHaveLength(128);
    expect(result.preview.filter((t) => t.isMask)).toHaveLength(1);
    expect(result.examples[0]?.truncatedTokens).toBe(200 - (128 - 6));
  });

  it('flags label words the vocabulary splits or does not know', async () => {
    const result = await runner.predict(
      inputFor(
        ['fine'],
        [
          { name: 'a', words: ['great', 'unbelievablyxq'] },
          { name: 'b', words: ['terrible'] },
        ],
      ),
    );
    if ('code' in result) throw new Error(result.code);
    expect(result.labelWords[0]?.[0]).toEqual({
      word: 'great',
      pieces: ['great'],
      unknown: false,
      sameTokenAs: null,
    });
    expect(result.labelWords[0]?.[1]?.pieces.length).toBeGreaterThan(1);
  });
});

describe('chunked predictions', () => {
  // Forty different sentences of 2 to 13 words: lengths vary as a real table's do.
  const WORDS = ['good', 'bad', 'film', 'plot', 'very', 'not', 'the', 'a', 'was', 'fun', 'dull'];
  const examples = Array.from({ length: 40 }, (_, i) =>
    [
      i,
      ...Array.from({ length: 1 + ((i * 7) % 12) }, (_, k) => WORDS[(i + k) % WORDS.length]),
    ].join(' '),
  );
  const modelFile = () => `${MODELS}${reference.model}/onnx/model.onnx`;
  const rewritten = async () => {
    const rewrite = rewriteMaskedLmHead(readFileSync(modelFile()), tokenizer.get_vocab().size);
    if (!rewrite.ok) throw new Error(rewrite.reason);
    return makeRunner(rewrite.model);
  };

  it('reports rows as chunks finish, selected and priority rows first, and ends with the whole result', async () => {
    const input = { ...inputFor(examples), selectedIndex: 30 };
    const whole = await (await rewritten()).predict(input);
    const updates: PartialPrediction[] = [];
    const chunked = await (
      await rewritten()
    ).predict(input, {
      priority: [3, 4, 5],
      onRows: (partial) => updates.push(partial),
      keepGoing: () => Promise.resolve(true),
    });
    if ('stopped' in chunked || 'code' in chunked || 'code' in whole)
      throw new Error('predict failed');
    // The first chunk is small (nothing measured yet), so there are several.
    expect(chunked.stats.modelRuns).toBeGreaterThan(1);
    expect(updates.length).toBe(chunked.stats.modelRuns - 1);
    expect(updates[0]?.rows.map((r) => r.index)).toContain(30);
    expect(updates[0]?.summary?.preview).toEqual(whole.preview);
    expect(updates.slice(1).every((u) => u.summary === null)).toBe(true);
    const order = updates.flatMap((u) => u.rows.map((r) => r.index));
    const priorityAt = [30, 3, 4, 5].map((i) => order.indexOf(i));
    expect(priorityAt.every((at) => at >= 0)).toBe(true);
    const others = order.filter((i) => ![30, 3, 4, 5].includes(i));
    if (others.length > 0)
      expect(Math.max(...priorityAt)).toBeLessThan(order.indexOf(others[0] ?? -1));
    // Rows reported early carry the same scores as the final answer, which matches a whole run.
    for (const update of updates)
      for (const row of update.rows)
        expect(row.scores.probs[0]).toBeCloseTo(chunked.examples[row.index]?.probs[0] ?? NaN, 6);
    chunked.examples.forEach((e, i) =>
      expect(e.probs[0]).toBeCloseTo(whole.examples[i]?.probs[0] ?? NaN, 5),
    );
    // The same real tokens ran; how much padding pays off depends on the measured run cost (the
    // planner's tests check that trade).
    expect(chunked.stats.tokens).toBe(whole.stats.tokens);
    expect(chunked.stats.sequencesRun).toBe(examples.length);
  });

  it('scores content-free texts apart from the rows, early, as the same texts scored as rows', async () => {
    const runner = await rewritten();
    const input = { ...inputFor(examples), contentFree: ['N/A', ''] };
    const updates: PartialPrediction[] = [];
    const result = await runner.predict(input, {
      priority: [],
      onRows: (partial) => updates.push(partial),
      keepGoing: () => Promise.resolve(true),
    });
    if ('stopped' in result || 'code' in result) throw new Error('predict failed');
    expect(result.examples).toHaveLength(examples.length);
    expect(
      updates.flatMap((u) => u.rows.map((r) => r.index)).every((i) => i < examples.length),
    ).toBe(true);
    // Sent once, early: they run right after the selected row, before the other rows.
    const carrying = updates.filter((u) => u.contentFree !== null);
    expect(carrying).toHaveLength(1);
    expect(carrying[0]?.contentFree).toEqual(result.contentFree);
    // No row but the selected one comes before them. (Not "before the last update": how many
    // chunks run depends on the run cost the sizer measures, so on this machine's speed.)
    const carriedAt = updates.indexOf(carrying[0] as PartialPrediction);
    updates.forEach((update, u) => {
      if (update.rows.some((r) => r.index !== input.selectedIndex))
        expect(u).toBeGreaterThanOrEqual(carriedAt);
    });
    const asRows = await runner.predict(inputFor(['N/A', '']));
    if ('code' in asRows) throw new Error(asRows.code);
    result.contentFree.forEach((probs, k) =>
      probs.forEach((p, c) => expect(p).toBeCloseTo(asRows.examples[k]?.probs[c] ?? NaN, 5)),
    );
  });

  it('stops when told, keeping the finished chunks cached for the next request', async () => {
    const runner = await rewritten();
    const input = inputFor(examples);
    const reported: number[] = [];
    const stopped = await runner.predict(input, {
      priority: [],
      onRows: (partial) => reported.push(...partial.rows.map((r) => r.index)),
      keepGoing: () => Promise.resolve(false),
    });
    expect(stopped).toMatchObject({ stopped: true, stats: { sequencesRun: reported.length } });
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.length).toBeLessThan(examples.length);
    const next = await runner.predict(input);
    if ('code' in next) throw new Error(next.code);
    expect(next.stats.cacheHits).toBe(reported.length);
    expect(next.stats.sequencesRun).toBe(examples.length - reported.length);
  });
});

describe('label words that are the same token after normalisation', () => {
  const texts = reference.cases.map((c) => c.text);

  it('counts great, Great, GREAT once on an uncased tokenizer, and flags the repeats', async () => {
    expect(runner.cased).toBe(false);
    const once = await runner.predict(inputFor(texts));
    const repeated = await runner.predict(
      inputFor(texts, [
        { name: 'positive', words: ['great', 'Great', 'GREAT'] },
        { name: 'negative', words: ['terrible'] },
      ]),
    );
    if ('code' in once || 'code' in repeated) throw new Error('predict failed');
    repeated.examples.forEach((example, i) =>
      example.probs.forEach((p, c) => expect(p).toBeCloseTo(once.examples[i]?.probs[c] ?? -1, 6)),
    );
    const words = repeated.labelWords[0] ?? [];
    expect(words[0]?.sameTokenAs).toBeNull();
    expect(words[1]?.sameTokenAs).toEqual({
      word: 'great',
      className: 'positive',
      sameClass: true,
    });
    expect(words[2]?.sameTokenAs).toEqual({
      word: 'great',
      className: 'positive',
      sameClass: true,
    });
  });

  it('flags a word whose token another class also uses', async () => {
    const result = await runner.predict(
      inputFor(texts, [
        { name: 'positive', words: ['great'] },
        { name: 'negative', words: ['terrible', 'Great'] },
      ]),
    );
    if ('code' in result) throw new Error(result.code);
    expect(result.labelWords[0]?.[0]?.sameTokenAs).toEqual({
      word: 'Great',
      className: 'negative',
      sameClass: false,
    });
    expect(result.labelWords[1]?.[1]?.sameTokenAs).toEqual({
      word: 'great',
      className: 'positive',
      sameClass: false,
    });
  });
});

describe('multi-piece label words', () => {
  it('turns the mask into one mask per piece and scores alike on both graphs', async () => {
    const input = inputFor(
      reference.cases.map((c) => c.text),
      [
        { name: 'positive', words: ['great', 'superbxq'] },
        { name: 'negative', words: ['terrible'] },
      ],
    );
    const pieces = tokenizer.encode('superbxq', { add_special_tokens: false }).length;
    expect(pieces).toBeGreaterThan(1);
    const full = await runner.predict(input);
    const rows = await rewrittenRunner.predict(input);
    if ('code' in full || 'code' in rows) throw new Error('predict failed');
    expect(full.maskCount).toBe(pieces);
    expect(full.preview.filter((t) => t.isMask)).toHaveLength(pieces);
    full.examples.forEach((e, i) =>
      expect(e.probs[0]).toBeCloseTo(rows.examples[i]?.probs[0] ?? NaN, 5),
    );
    // A single-piece verbalizer on the same runner still uses a single mask.
    const single = await runner.predict({
      ...input,
      classes: [
        { name: 'positive', words: ['great'] },
        { name: 'negative', words: ['terrible'] },
      ],
    });
    if ('code' in single) throw new Error('predict failed');
    expect(single.maskCount).toBe(1);
  });
});

describe('space-sensitive tokenizers (RoBERTa-style byte-level BPE)', () => {
  it('scores label words as they appear after a space, unless switched off', async () => {
    const FIXTURES = fileURLToPath(new URL('../../e2e/hub-fixtures/', import.meta.url));
    env.localModelPath = FIXTURES;
    const bpe = (await AutoTokenizer.from_pretrained(
      'cloze-fixtures/roberta-tiny',
    )) as unknown as TokenizerLike;
    env.localModelPath = MODELS;
    const session = await ort.InferenceSession.create(
      `${FIXTURES}cloze-fixtures/roberta-tiny/onnx/model.onnx`,
    );
    const roberta = new MaskedLmRunner(
      session,
      bpe,
      (data, dims) => new ort.Tensor('int64', data, dims),
      62,
    );
    expect(roberta.spaceSensitive).toBe(true);
    expect(runner.spaceSensitive).toBe(false);
    const input = {
      template: templateSegments(),
      examples: ['A moving film.'],
      classes: [
        { name: 'positive', words: ['great'] },
        { name: 'negative', words: ['bad'] },
      ],
      selectedIndex: 0,
    };
    const spaced = await roberta.predict({ ...input, labelWordsAfterSpace: true, tunedHead: null });
    if ('code' in spaced) throw new Error(spaced.code);
    expect(spaced.labelWords[0]?.[0]?.pieces).toEqual(['Ġgreat']);
    // The template's space before the mask is not a token of its own: "... Ġwas <mask> ."
    const texts = spaced.preview.map((t) => t.text);
    expect(texts.slice(-4)).toEqual(['Ġwas', '<mask>', '.', '</s>']);
    const bare = await roberta.predict({ ...input, labelWordsAfterSpace: false, tunedHead: null });
    if ('code' in bare) throw new Error(bare.code);
    expect(bare.labelWords[0]?.[0]?.pieces).not.toEqual(['Ġgreat']);
  });
});

describe('pair templates ({text_b})', () => {
  function segmentsOf(source: string) {
    const parsed = parseTemplate(source);
    if (!parsed.ok) throw new Error(`${source} must be valid`);
    return parsed.segments;
  }

  it('puts each row’s second text where {text_b} is, and the empty string where it has none', async () => {
    const pair = await runner.predict({
      ...inputFor(['A man is sleeping.', 'A dog runs.']),
      template: segmentsOf('{text} ? [MASK], {text_b}'),
      examplesB: ['A person rests.'],
      contentFree: ['N/A'],
    });
    const spelledOut = await runner.predict({
      ...inputFor(['A man is sleeping.']),
      template: segmentsOf('{text} ? [MASK], A person rests.'),
      contentFree: [],
    });
    const empty = await runner.predict({
      ...inputFor(['A dog runs.']),
      template: segmentsOf('{text} ? [MASK],'),
      contentFree: ['N/A'],
    });
    if ('code' in pair || 'code' in spelledOut || 'code' in empty) throw new Error('failed');
    expect(pair.preview.map((t) => t.text).join(' ')).toContain('person');
    expect(pair.examples[0]?.probs).toEqual(spelledOut.examples[0]?.probs);
    expect(pair.examples[1]?.probs).toEqual(empty.examples[0]?.probs);
    expect(pair.contentFree).toEqual(empty.contentFree);
  });
});
