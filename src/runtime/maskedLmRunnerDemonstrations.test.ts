/**
 * Demonstrations in the runner, on the bundled cloze-mini model in Node (transformers.js
 * tokenizer + onnxruntime-node): the preview marks them, sets are averaged, chunked runs agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../core/template';
import { servedRunner, servedTokenizer } from './nodeModels.testing';
import type { PredictInput, TokenizerLike } from './maskedLmRunner';
import type { DemonstrationRequest, PredictResult } from './predictTypes';

const MODEL = 'cloze-lab-en';

let tokenizer: TokenizerLike;

/** A runner with an empty cache over the head-rewritten model, as the app loads it. */
const makeRunner = () => servedRunner(MODEL, tokenizer);

beforeAll(async () => {
  tokenizer = await servedTokenizer(MODEL);
});

const ROWS: Array<[number, string]> = [
  [0, 'A moving, beautifully acted film.'],
  [1, 'The plot was dull and the jokes fell flat.'],
  [0, 'I laughed from start to finish.'],
  [1, 'Two hours of my life I will never get back.'],
  [0, 'Smart, funny and full of heart.'],
  [1, 'Not funny, not scary, just bad.'],
];

function inputWith(demonstrations: Partial<DemonstrationRequest> | null): PredictInput {
  const parsed = parseTemplate('{text} It was [MASK].');
  if (!parsed.ok) throw new Error('template');
  return {
    template: parsed.segments,
    examples: ROWS.map((r) => r[1]),
    classes: [
      { name: 'positive', words: ['great', 'good'] },
      { name: 'negative', words: ['terrible'] },
    ],
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
    ...(demonstrations && {
      demonstrations: {
        texts: ROWS.map((r) => r[1]),
        classIndex: ROWS.map((r) => r[0]),
        poolIndexOfExample: ROWS.map((_, i) => i),
        perClass: 1,
        sets: 1,
        sampling: 'random' as const,
        seed: 1,
        ...demonstrations,
      },
    }),
  };
}

async function predict(input: PredictInput): Promise<PredictResult> {
  const out = await (await makeRunner()).predict(input);
  if ('code' in out) throw new Error(out.code);
  return out;
}

const words = (text: string) => tokenizer.encode(text, { add_special_tokens: false });
const tokenizerText = (id: number) =>
  [...tokenizer.get_vocab()].find(([, value]) => value === id)?.[0] ?? '';

describe('demonstrations in the runner', () => {
  it('follows the input with labelled rows, marked in the preview, never the input itself', async () => {
    const plain = await predict(inputWith(null));
    const result = await predict(inputWith({ perClass: 2 }));
    const demo = result.preview.filter((t) => t.isDemonstration);
    const own = result.preview.filter((t) => !t.isDemonstration);
    // The input's own tokens are exactly the sequence without demonstrations.
    expect(own.map((t) => t.text)).toEqual(plain.preview.map((t) => t.text));
    expect(plain.preview.some((t) => t.isDemonstration)).toBe(false);
    // Two rows per class, each with its class's first label word in place of the mask.
    expect(demo.filter((t) => t.text === 'great')).toHaveLength(2);
    expect(demo.filter((t) => t.text === 'terrible')).toHaveLength(2);
    expect(demo.filter((t) => t.text === 'good')).toHaveLength(0);
    const mask = result.preview.findIndex((t) => t.isMask);
    expect(result.preview.findIndex((t) => t.isDemonstration)).toBeGreaterThan(mask);
    // The selected row's text appears once: its own.
    const texts = result.preview.map((t) => t.text).join(' ');
    expect(texts.split('moving').length - 1).toBe(1);
    // Four demonstrations of at least a word, "it was", the label word and ".".
    expect(demo.length).toBeGreaterThanOrEqual(4 * 5);
    expect(demo.map((t) => t.text).join(' ')).toContain(
      words('funny')
        .map((id) => tokenizerText(id))
        .join(' '),
    );
    expect(result.examples[0]?.probs).not.toEqual(plain.examples[0]?.probs);
  });

  it('averages the class probabilities over the sets (set s is seed + s)', async () => {
    const three = await predict(inputWith({ sets: 3, seed: 4 }));
    const singles = await Promise.all(
      [4, 5, 6].map((seed) => predict(inputWith({ sets: 1, seed }))),
    );
    three.examples.forEach((row, i) =>
      row.probs.forEach((p, c) => {
        const mean = singles.reduce((sum, r) => sum + (r.examples[i]?.probs[c] ?? 0), 0) / 3;
        expect(p).toBeCloseTo(mean, 6);
      }),
    );
    expect(three.stats.sequencesRun).toBeGreaterThan(ROWS.length);
  });

  it('gives chunked rows the same averaged scores as a whole run', async () => {
    const input = inputWith({ sets: 2, sampling: 'similar' });
    const whole = await predict(input);
    const rows = new Map<number, number[]>();
    const chunked = await (
      await makeRunner()
    ).predict(input, {
      priority: [],
      onRows: (partial) => partial.rows.forEach((r) => rows.set(r.index, r.scores.probs)),
      keepGoing: () => Promise.resolve(true),
    });
    if ('code' in chunked || 'stopped' in chunked) throw new Error('predict failed');
    chunked.examples.forEach((row, i) => {
      expect(row.probs[0]).toBeCloseTo(whole.examples[i]?.probs[0] ?? NaN, 5);
      if (rows.has(i)) expect(rows.get(i)?.[0]).toBeCloseTo(row.probs[0] ?? NaN, 6);
    });
  });

  it('uses the first set for tuning features', async () => {
    const runner = await makeRunner();
    const features = await runner.tuningFeatures(inputWith({ sets: 3 }));
    const plain = await runner.tuningFeatures(inputWith(null));
    if ('code' in features || 'code' in plain) throw new Error('features failed');
    expect(features.examples).toHaveLength(ROWS.length);
    expect(features.examples[0]?.h).not.toEqual(plain.examples[0]?.h);
  });
});
