/**
 * Soft tokens [P] in the runner (issue #14), before any training: each reads as its start word,
 * so `{text} [P] [P] [P] [P] [MASK].` scores exactly as the template with those words typed in,
 * and "What the model sees" marks the soft positions. On cloze-lab-en and cloze-lab-zh in Node.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../core/template';
import { servedRunner, servedTokenizer } from './nodeModels.testing';
import type { PredictInput } from './maskedLmRunner';
import type { PredictResult } from './predictTypes';

function input(template: string, examples: string[], words: [string, string]): PredictInput {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`invalid template ${template}`);
  return {
    template: parsed.segments,
    examples,
    classes: [
      { name: 'positive', words: [words[0]] },
      { name: 'negative', words: [words[1]] },
    ],
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  };
}

const CASES = [
  {
    model: 'cloze-lab-en',
    soft: '{text} [P] [P] [P] [P] [MASK].',
    typed: '{text} it was really so [MASK].',
    startWords: ['it', 'was', 'really', 'so'],
    examples: ['A moving, beautifully acted film.', 'The plot was dull.'],
    words: ['great', 'terrible'] as [string, string],
  },
  {
    model: 'cloze-lab-zh',
    soft: '{text}[P][P][P][P][MASK]。',
    typed: '{text}总之，很[MASK]。',
    startWords: ['总', '之', '，', '很'],
    examples: ['房间很干净，服务员也很热情。', '菜又贵又难吃。'],
    words: ['好', '差'] as [string, string],
  },
];

describe.each(CASES)('soft tokens on $model before training', (c) => {
  it('read as their start words, marked in the preview', async () => {
    const tokenizer = await servedTokenizer(c.model);
    const runner = await servedRunner(c.model, tokenizer);
    const soft = (await runner.predict(input(c.soft, c.examples, c.words))) as PredictResult;
    const typed = (await runner.predict(input(c.typed, c.examples, c.words))) as PredictResult;
    expect(soft.preview.map((t) => t.text)).toEqual(typed.preview.map((t) => t.text));
    expect(soft.preview.filter((t) => t.isSoft).map((t) => t.text)).toEqual(c.startWords);
    expect(typed.preview.some((t) => t.isSoft)).toBe(false);
    soft.examples.forEach((row, i) => {
      const probs = typed.examples[i]?.probs ?? [];
      row.probs.forEach((p, k) => expect(p).toBeCloseTo(probs[k] ?? NaN, 6));
    });
  });
});
