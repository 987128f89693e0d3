/**
 * The label-word search on the bundled cloze-mini model in Node: it reads the rows the
 * evaluation already ran (no model run), and the accuracy it reports for its best assignment is
 * what the app's own prediction with those words gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../core/template';
import { argmax } from '../core/softmax';
import { runLabelWordSearch, type LabelWordRequest } from './labelWordJob';
import { servedRunner, servedTokenizer } from './nodeModels.testing';
import type { MaskedLmRunner, PredictInput } from './maskedLmRunner';

const MODEL = 'cloze-lab-en';

let runner: MaskedLmRunner;

beforeAll(async () => {
  runner = await servedRunner(MODEL, await servedTokenizer(MODEL), { rewrite: false });
});

const ROWS: Array<[number, string]> = [
  [0, 'A moving, beautifully acted film.'],
  [1, 'The plot was dull and the jokes fell flat.'],
  [0, 'I laughed from start to finish.'],
  [1, 'A boring mess with wooden dialogue.'],
  [0, 'Smart, funny and full of heart.'],
  [1, 'Not funny, not scary, just bad.'],
];

function input(words: [string, string]): PredictInput {
  const parsed = parseTemplate('{text} It was [MASK].');
  if (!parsed.ok) throw new Error('valid template');
  return {
    template: parsed.segments,
    examples: ROWS.map(([, text]) => text),
    classes: [
      { name: 'positive', words: [words[0]] },
      { name: 'negative', words: [words[1]] },
    ],
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  };
}

function request(words: [string, string]): LabelWordRequest {
  return {
    type: 'suggestLabelWords',
    id: 1,
    input: input(words),
    labels: ROWS.map(([label]) => label),
    k: 5,
    calibration: 'none',
    contentFree: ['N/A', ''],
  };
}

const goOn = () => Promise.resolve(true);

describe('runLabelWordSearch', () => {
  it('runs no model for rows already evaluated, and its accuracy is the prediction’s', async () => {
    await runner.predict({ ...input(['great', 'terrible']), contentFree: ['N/A', ''] });
    const found = await runLabelWordSearch(runner, request(['great', 'terrible']), goOn);
    if (!found || 'code' in found) throw new Error('search failed');
    expect(found.modelRuns).toBe(0);
    expect(found.candidates.map((c) => c.length)).toEqual([5, 5]);
    const best = found.assignments[0]!;
    const predicted = await runner.predict(input(best.words as [string, string]));
    if ('code' in predicted) throw new Error('predict failed');
    const right = predicted.examples.filter((e, i) => argmax(e.probs) === ROWS[i]![0]).length;
    expect(best.accuracy).toBe(right / ROWS.length);
    expect(predicted.maskCount).toBe(1);
  });

  it('reads one mask even when a current word has several pieces', async () => {
    const pieces = runner.tokenizerFacts.labelWordPieces('unwatchable', true);
    expect(pieces.length).toBeGreaterThan(1);
    const found = await runLabelWordSearch(runner, request(['great', 'unwatchable']), goOn);
    const again = await runLabelWordSearch(runner, request(['great', 'terrible']), goOn);
    if (!found || 'code' in found || !again || 'code' in again) throw new Error('search failed');
    expect(found.assignments).toEqual(again.assignments);
  });

  it('stops between model runs when told, answering null', async () => {
    const fresh = request(['good', 'bad']);
    // Rows never run before, more than one chunk's worth.
    const examples = Array.from({ length: 60 }, (_, i) => `Row ${i} of a film I saw once.`);
    fresh.input = { ...fresh.input, examples };
    fresh.labels = examples.map((_, i) => i % 2);
    expect(await runLabelWordSearch(runner, fresh, () => Promise.resolve(false))).toBeNull();
  });
});
