import { describe, expect, it } from 'vitest';
import { refineTemplate, type RefineDeps } from './refine';
import type { TemplateWord } from './templateWords';

/** A fake model: a template's accuracy is the sum of its words' values (unknown words 0). */
function fakeDeps(values: Record<string, number>, proposals: Record<string, string[]>) {
  const calls: string[][] = [];
  const deps: RefineDeps = {
    candidatesFor: (_t: string, slot: TemplateWord) => Promise.resolve(proposals[slot.word] ?? []),
    accuracyOf: (templates, onScored) => {
      calls.push(templates);
      return Promise.resolve(
        templates.map((t) => {
          onScored();
          return (t.match(/\p{L}+/gu) ?? []).reduce((s, w) => s + (values[w] ?? 0), 0);
        }),
      );
    },
  };
  return { deps, calls };
}

describe('refineTemplate', () => {
  it('keeps the best variant of each round while it strictly improves', async () => {
    const { deps, calls } = fakeDeps(
      { It: 0.1, was: 0.1, This: 0.3, seems: 0.2, looks: 0.4 },
      { It: ['This', 'That'], was: ['seems', 'looks'], This: ['It'], looks: ['was'] },
    );
    const outcome = await refineTemplate('{text} It was [MASK].', deps, {
      rounds: 3,
      candidates: 8,
      seed: 1,
    });
    expect(outcome.steps.map((s) => [s.template, s.edit, s.accuracy])).toEqual([
      ['{text} It was [MASK].', null, expect.closeTo(0.2)],
      ['{text} It looks [MASK].', { slot: 1, from: 'was', to: 'looks' }, expect.closeTo(0.5)],
      ['{text} This looks [MASK].', { slot: 0, from: 'It', to: 'This' }, expect.closeTo(0.7)],
    ]);
    expect(outcome.end).toBe('noImprovement');
    // One batch for the start, then every variant of a round in one batch.
    expect(calls.map((c) => c.length)).toEqual([1, 4, 3, 2]);
  });

  it('stops after the given number of rounds and uses only the top candidates', async () => {
    const { deps, calls } = fakeDeps(
      { a: 0.1, b: 0.2, c: 0.3, d: 0.9 },
      { a: ['b', 'd'], b: ['c', 'd'], c: ['d'] },
    );
    const outcome = await refineTemplate('{text} a [MASK]', deps, {
      rounds: 2,
      candidates: 1,
      seed: 1,
    });
    expect(outcome.steps.map((s) => s.edit?.to ?? null)).toEqual([null, 'b', 'c']);
    expect(outcome.end).toBe('rounds');
    expect(calls.map((c) => c.length)).toEqual([1, 1, 1]);
  });

  it('never accepts an edit that only ties', async () => {
    const { deps } = fakeDeps({ a: 0.5, b: 0.5 }, { a: ['b'] });
    const outcome = await refineTemplate('{text} a [MASK]', deps);
    expect(outcome.steps).toHaveLength(1);
    expect(outcome.end).toBe('noImprovement');
  });

  it('breaks ties between equally good variants the same way for the same seed', async () => {
    const pick = async (seed: number) => {
      const { deps } = fakeDeps(
        { p: 1, q: 1, r: 1, s: 1 },
        { a: ['p', 'q', 'r', 's'], b: ['p', 'q', 'r', 's'] },
      );
      const outcome = await refineTemplate('{text} a b [MASK]', deps, {
        rounds: 1,
        candidates: 8,
        seed,
      });
      return outcome.steps[1]?.template;
    };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const first = await Promise.all(seeds.map(pick));
    expect(await Promise.all(seeds.map(pick))).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('stops between model calls when asked, keeping the trajectory so far', async () => {
    const { deps, calls } = fakeDeps({ b: 1 }, { a: ['b'] });
    let asked = 0;
    const outcome = await refineTemplate('{text} a [MASK]', {
      ...deps,
      shouldStop: () => ++asked > 1,
    });
    expect(outcome.end).toBe('stopped');
    expect(outcome.steps).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('ends as stopped when the model work is overtaken', async () => {
    const { deps } = fakeDeps({ b: 1 }, { a: ['b'] });
    const outcome = await refineTemplate('{text} a [MASK]', {
      ...deps,
      candidatesFor: () => Promise.resolve(null),
    });
    expect(outcome).toEqual({ steps: [expect.anything()], end: 'stopped' });
  });

  it('reports each round’s progress up to its total', async () => {
    const { deps } = fakeDeps({ b: 1 }, { a: ['b', 'c'] });
    const seen: string[] = [];
    await refineTemplate(
      '{text} a [MASK]',
      { ...deps, onProgress: (p) => seen.push(`${p.round}:${p.done}/${p.total}`) },
      { rounds: 1, candidates: 8, seed: 1 },
    );
    expect(seen).toEqual(['1:0/0', '1:0/2', '1:1/2', '1:2/2']);
  });
});
