/**
 * The candidate step of template refinement on the bundled cloze-mini model in Node: the probe
 * (slot masked, each row's gold label word in the mask's place) and the ranking, checked against
 * the mean log-probability computed here from the probe sentences written out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../core/template';
import { servedRunner, servedTokenizer } from './nodeModels.testing';
import type { MaskedLmRunner } from './maskedLmRunner';
import { slotCandidates } from './slotCandidateJob';

let runner: MaskedLmRunner;

beforeAll(async () => {
  runner = await servedRunner('cloze-lab-en', await servedTokenizer('cloze-lab-en'), {
    rewrite: false,
  });
});

const ROWS = [
  { text: 'A moving, beautifully acted film.', labelWord: 'great' },
  { text: 'A boring mess with wooden dialogue.', labelWord: 'terrible' },
  { text: 'I laughed from start to finish.', labelWord: 'great' },
];

/** The probe of one row written out by hand: "was" masked, the label word in place. */
async function slotDistribution(text: string, labelWord: string): Promise<Float32Array> {
  const parsed = parseTemplate(`{text} It [MASK] ${labelWord}.`);
  if (!parsed.ok) throw new Error('bad probe');
  const out = await runner.maskDistributions({
    template: parsed.segments,
    examples: [text],
    classes: [],
    selectedIndex: 0,
    labelWordsAfterSpace: true,
    tunedHead: null,
  });
  if ('code' in out || !out[0]?.[0]) throw new Error('no distribution');
  return out[0][0];
}

describe('slotCandidates', () => {
  it('ranks proposable words by their mean log-probability at the slot over the rows', async () => {
    const words = await slotCandidates(runner, {
      type: 'slotCandidates',
      id: 1,
      template: '{text} It was [MASK].',
      slot: 1,
      rows: ROWS,
      labelWordsAfterSpace: true,
      count: 5,
    });
    if (!Array.isArray(words)) throw new Error(JSON.stringify(words));
    expect(words).toHaveLength(5);
    expect(words).not.toContain('was');
    const facts = runner.tokenizerFacts;
    const idOf = new Map(facts.wordTokens().map((t) => [t.word, t.id]));
    const distributions = await Promise.all(ROWS.map((r) => slotDistribution(r.text, r.labelWord)));
    const meanLog = (word: string) => {
      const id = idOf.get(word);
      if (id === undefined) throw new Error(`${word} is not proposable`);
      return distributions.reduce((s, d) => s + Math.log(d[id] ?? 0), 0) / distributions.length;
    };
    const scores = words.map(meanLog);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Nothing proposable (but "was") beats the last one proposed.
    const best = Math.max(
      ...facts
        .wordTokens()
        .filter((t) => t.word !== 'was' && !words.includes(t.word))
        .map((t) => meanLog(t.word)),
    );
    expect(best).toBeLessThanOrEqual(scores[4] ?? -Infinity);
  });

  it('proposes nothing for a slot the template does not have', async () => {
    const request = {
      type: 'slotCandidates' as const,
      id: 2,
      template: '{text} It was [MASK].',
      slot: 7,
      rows: ROWS,
      labelWordsAfterSpace: true,
      count: 5,
    };
    expect(await slotCandidates(runner, request)).toEqual([]);
  });
});
