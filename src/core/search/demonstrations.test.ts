import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assembleWithDemonstrations,
  chooseDemonstrations,
  cosine,
  type TokenizedDemonstration,
} from './demonstrations';
import type { TokenizedSegment } from '../sequence';

const pool = {
  texts: ['a0', 'b0', 'a1', 'b1', 'a2', 'b2', 'a3', 'b3'],
  classIndex: [0, 1, 0, 1, 0, 1, 0, 1],
};
const base = { perClass: 1, sets: 1, sampling: 'random' as const, seed: 1, classCount: 2 };

describe('chooseDemonstrations', () => {
  it('takes one row per class per set for one per class, each from its class', () => {
    const sets = chooseDemonstrations(pool, { text: 'q', poolIndex: -1 }, { ...base, sets: 3 });
    expect(sets).toHaveLength(3);
    for (const set of sets) expect(set.map((i) => pool.classIndex[i]).sort()).toEqual([0, 1]);
  });

  it('interleaves the classes: each round holds one row of every class', () => {
    const [set = []] = chooseDemonstrations(
      pool,
      { text: 'q', poolIndex: -1 },
      {
        ...base,
        perClass: 3,
      },
    );
    expect(set).toHaveLength(6);
    const classes = set.map((i) => pool.classIndex[i]);
    for (let round = 0; round < 3; round++)
      expect(new Set(classes.slice(round * 2, round * 2 + 2))).toEqual(new Set([0, 1]));
    // Same class order in every round.
    expect(classes.slice(0, 2)).toEqual(classes.slice(2, 4));
  });

  it('never shows the query its own row, nor a row with its text (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('x', 'y', 'z', 'w'), fc.integer({ min: 0, max: 2 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('random' as const, 'similar' as const),
        (rows, pick, perClass, sets, sampling) => {
          const p = { texts: rows.map((r) => r[0]), classIndex: rows.map((r) => r[1]) };
          const poolIndex = pick % rows.length;
          const query = { text: p.texts[poolIndex] ?? '', poolIndex };
          const chosen = chooseDemonstrations(p, query, {
            perClass,
            sets,
            sampling,
            seed: 3,
            classCount: 3,
            similarity: (i) => -i,
          });
          for (const set of chosen)
            for (const i of set) {
              expect(i).not.toBe(poolIndex);
              expect(p.texts[i]).not.toBe(query.text);
            }
        },
      ),
    );
  });

  it('repeats itself for the same seed and query, and changes with the seed', () => {
    const choose = (seed: number, text: string) =>
      chooseDemonstrations(pool, { text, poolIndex: -1 }, { ...base, perClass: 2, sets: 4, seed });
    expect(choose(1, 'q')).toEqual(choose(1, 'q'));
    const seeds = new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify(choose(s, 'q'))));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('takes the most similar rows per class, then the next most similar in the next set', () => {
    const features = [9, 1, 8, 2, 7, 3, 6, 4].map((x) => [x, 10 - x]);
    const query = [1, 0];
    const similarity = (i: number) => cosine(query, features[i] ?? []);
    const sets = chooseDemonstrations(
      pool,
      { text: 'q', poolIndex: 0 },
      {
        ...base,
        sets: 3,
        sampling: 'similar',
        similarity,
      },
    );
    // Class 0 (rows 0, 2, 4, 6; row 0 is the query): 2, 4, 6; class 1: 7, 5, 3.
    expect(sets.map((s) => [...s].sort((a, b) => a - b))).toEqual([
      [2, 7],
      [4, 5],
      [3, 6],
    ]);
  });

  it('breaks similarity ties by row index', () => {
    const sets = chooseDemonstrations(
      pool,
      { text: 'q', poolIndex: -1 },
      {
        ...base,
        sampling: 'similar',
        similarity: () => 0.5,
      },
    );
    expect([...(sets[0] ?? [])].sort()).toEqual([0, 1]);
  });
});

describe('assembleWithDemonstrations', () => {
  const special = { prefix: [101], suffix: [102], mask: 103 };
  // "{text} It was [MASK]." with query text [1, 2, 3]; "It was" = [50, 51], "." = [52].
  const query = (text: number[]): TokenizedSegment[] => [
    { kind: 'text', ids: text },
    { kind: 'literal', ids: [50, 51] },
    { kind: 'mask' },
    { kind: 'literal', ids: [52] },
  ];
  const demo = (text: number[], label: number): TokenizedDemonstration => ({
    before: [],
    text,
    after: [50, 51, label, 52],
  });

  it('puts the query first, then the demonstrations, then the closing token', () => {
    const out = assembleWithDemonstrations(
      query([1, 2, 3]),
      [demo([7, 8], 60), demo([9], 61)],
      special,
      64,
    );
    expect(out).toEqual({
      ids: [101, 1, 2, 3, 50, 51, 103, 52, 7, 8, 50, 51, 60, 52, 9, 50, 51, 61, 52, 102],
      maskIndices: [6],
      truncatedTokens: 0,
      demonstrationRanges: [
        [8, 14],
        [14, 19],
      ],
      demonstrationTokensCut: 0,
    });
  });

  it('keeps the query’s soft tokens where they sit alone', () => {
    const withSoft: TokenizedSegment[] = [
      { kind: 'text', ids: [1, 2] },
      { kind: 'soft', index: 0 },
      { kind: 'mask' },
    ];
    const out = assembleWithDemonstrations(withSoft, [demo([7, 8], 60)], special, 64);
    expect(out).toMatchObject({ ids: [101, 1, 2, 103, 103, 7, 8, 50, 51, 60, 52, 102] });
    expect(out).toMatchObject({ softIndices: [3] });
  });

  it('drops demonstrations from the end and shortens the last one, never the query', () => {
    // The query takes 9 tokens; a limit of 20 leaves 11: the first demo (6), then the second's
    // template and label word (4) and one token of its text.
    const out = assembleWithDemonstrations(
      query([1, 2, 3]),
      [demo([7, 8], 60), demo([9, 10, 11], 61), demo([12], 62)],
      special,
      20,
    );
    if ('error' in out) throw new Error('unexpected');
    expect(out.ids).toHaveLength(20);
    expect(out.ids.slice(0, 8)).toEqual([101, 1, 2, 3, 50, 51, 103, 52]);
    // The second demonstration lost its text's tail, kept its label word; the third was dropped.
    expect(out.demonstrationRanges).toEqual([
      [8, 14],
      [14, 19],
    ]);
    expect(out.ids.slice(14)).toEqual([9, 50, 51, 61, 52, 102]);
    expect(out.demonstrationTokensCut).toBe(2 + 5);
    expect(out.truncatedTokens).toBe(0);
  });

  it('shortens the last demonstration’s text when its template still fits', () => {
    const out = assembleWithDemonstrations(
      query([1]),
      [demo([7, 8, 9, 10], 60)],
      special,
      // query alone: 7 tokens; room 5 = 4 fixed + 1 text token.
      12,
    );
    if ('error' in out) throw new Error('unexpected');
    expect(out.ids).toEqual([101, 1, 50, 51, 103, 52, 7, 50, 51, 60, 52, 102]);
    expect(out.demonstrationTokensCut).toBe(3);
  });

  it('cuts the query’s own text only when the query alone does not fit', () => {
    const out = assembleWithDemonstrations(query([1, 2, 3, 4, 5]), [demo([7], 60)], special, 8);
    if ('error' in out) throw new Error('unexpected');
    expect(out.ids).toEqual([101, 1, 2, 50, 51, 103, 52, 102]);
    expect(out.truncatedTokens).toBe(3);
    expect(out.demonstrationRanges).toEqual([]);
  });

  it('keeps within the limit and keeps the query’s mask (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }),
        fc.array(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }), { maxLength: 8 }),
        fc.integer({ min: 7, max: 60 }),
        (text, demos, maxLength) => {
          const out = assembleWithDemonstrations(
            query(text),
            demos.map((d) => demo(d, 60)),
            special,
            maxLength,
          );
          if ('error' in out) throw new Error('unexpected');
          expect(out.ids.length).toBeLessThanOrEqual(maxLength);
          expect(out.ids[out.maskIndices[0] ?? -1]).toBe(103);
          for (const [start, end] of out.demonstrationRanges) {
            expect(start).toBeGreaterThan(out.maskIndices[0] ?? 0);
            expect(out.ids.slice(end - 4, end)).toEqual([50, 51, 60, 52]);
          }
        },
      ),
    );
  });
});
