/**
 * The occlusion explanation's scores on the bundled cloze-mini model in Node: every variant in
 * one batched run, each scored exactly as the Predictions table scores that input on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { templateVariants, textVariants } from '../core/search/occlusion';
import { parseTemplate, type TemplateSegment } from '../core/template';
import { answerExplain, explainScores } from './explainJob';
import { servedRunner, servedTokenizer } from './nodeModels.testing';
import type { PredictInput, TokenizerLike } from './maskedLmRunner';

const MODEL = 'cloze-mini';

let tokenizer: TokenizerLike;

/** A runner with an empty cache over the original graph. */
const freshRunner = () => servedRunner(MODEL, tokenizer, { rewrite: false });

beforeAll(async () => {
  tokenizer = await servedTokenizer(MODEL);
});

function segments(template: string): TemplateSegment[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(template);
  return parsed.segments;
}

const TEXT = 'The plot was dull and the jokes fell flat.';
const TEMPLATE = segments('{text} In short, it was [MASK].');

function inputFor(text: string, template = TEMPLATE): PredictInput {
  return {
    template,
    examples: [text],
    classes: [
      { name: 'positive', words: ['great'] },
      { name: 'negative', words: ['terrible'] },
    ],
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  };
}

describe('explainScores', () => {
  it('scores the text, each text variant and each template variant in one batched run', async () => {
    const runner = await freshRunner();
    const scores = await explainScores(runner, inputFor(TEXT));
    if ('code' in scores) throw new Error(scores.code);
    const texts = textVariants(TEXT).variants;
    const templates = templateVariants(TEMPLATE).variants;
    expect(scores.textVariants).toHaveLength(9);
    expect(scores.templateVariants).toHaveLength(5);
    expect(scores.stats).toMatchObject({ modelRuns: 1, sequencesRun: 1 + 9 + 5, cacheHits: 0 });

    // Each equals what predict gives for that input alone (a separate runner: no shared cache).
    const alone = await freshRunner();
    const probsOf = async (input: PredictInput) => {
      const result = await alone.predict(input);
      if ('code' in result) throw new Error(result.code);
      return result.examples[0]?.probs ?? [];
    };
    const expectClose = (actual: number[] | undefined, expected: number[]) =>
      expected.forEach((p, c) => expect(actual?.[c]).toBeCloseTo(p, 5));
    expectClose(scores.full, await probsOf(inputFor(TEXT)));
    for (const [i, text] of texts.entries())
      expectClose(scores.textVariants[i], await probsOf(inputFor(text)));
    for (const [i, template] of templates.entries())
      expectClose(scores.templateVariants[i], await probsOf(inputFor(TEXT, template)));
    // Removing words changes what the model says: the variants are really different inputs.
    expect(new Set(scores.textVariants.map((p) => p[0]?.toFixed(6))).size).toBeGreaterThan(1);
  });
});

describe('answerExplain', () => {
  it('answers noModel when no model is loaded', async () => {
    const answer = await answerExplain(
      { type: 'explain', id: 7, input: inputFor(TEXT) },
      () => null,
    );
    expect(answer).toEqual({ type: 'failed', id: 7, error: { code: 'noModel' } });
  });

  it('answers the scores of the current model', async () => {
    const runner = await freshRunner();
    const answer = await answerExplain(
      { type: 'explain', id: 8, input: inputFor('Warm.') },
      (task) => task(runner),
    );
    expect(answer).toMatchObject({ type: 'explained', id: 8 });
    // One word: its variant is the empty text, still a probability vector.
    if (answer.type === 'explained') {
      expect(answer.scores.textVariants).toHaveLength(1);
      expect(answer.scores.textVariants[0]?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
  });
});
