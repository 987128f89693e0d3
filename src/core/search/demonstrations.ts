/**
 * In-context demonstrations for masked LMs, as in LM-BFF (Gao et al. 2021): which labelled rows
 * follow each input, in which order, and how the input and its demonstrations become one token
 * sequence within the model's limit. Pure: no tokenizer, no model.
 */
import type { SpecialIds, TemplateTooLong, TokenizedSegment } from '../sequence';
import { assembleSequence } from '../sequence';
import { seededRandom, shuffled } from '../tuning/random';
import type { DemonstrationSampling } from './demonstrationSettings';

/** The labelled rows demonstrations are drawn from. */
export interface DemonstrationPool {
  texts: readonly string[];
  /** Gold class index of each pool row. */
  classIndex: readonly number[];
}

/** The query the demonstrations are chosen for. */
export interface DemonstrationQuery {
  text: string;
  /** The query's own row in the pool, or −1 when it is not a pool row. */
  poolIndex: number;
}

/** How many demonstrations, how many sets, how they are picked. */
export interface DemonstrationChoice {
  perClass: number;
  sets: number;
  sampling: DemonstrationSampling;
  seed: number;
  classCount: number;
  /** For 'similar': the cosine similarity of pool row `i` to the query (else unused). */
  similarity?: (poolIndex: number) => number;
}

/** A 32-bit FNV-1a hash of a text: the query's part of the seed. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Cosine similarity of two vectors (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The demonstrations of each set for one query, as pool indices in reading order. Per set,
 * `perClass` rows of each class (fewer when a class has fewer), the classes interleaved in an
 * order seeded by the set and the query. Never the query's own row, nor a row whose text equals
 * the query's. 'random' draws with a seed made of `seed + set` and the query's text; 'similar'
 * takes each class's most similar rows (ties by index), the next set the next most similar.
 */
export function chooseDemonstrations(
  pool: DemonstrationPool,
  query: DemonstrationQuery,
  choice: DemonstrationChoice,
): number[][] {
  return demonstrationChooser(pool, choice)(query, choice.similarity);
}

/**
 * `chooseDemonstrations` for many queries over one pool: the pool is split by class once, and a
 * random draw costs a few samples per class, not a pass over the pool (a dataset's pool can hold
 * thousands of rows). 'similar' ranks the whole pool per query.
 */
export function demonstrationChooser(
  pool: DemonstrationPool,
  choice: Omit<DemonstrationChoice, 'similarity'>,
): (query: DemonstrationQuery, similarity?: (poolIndex: number) => number) => number[][] {
  const byClass: number[][] = Array.from({ length: choice.classCount }, () => []);
  pool.classIndex.forEach((c, i) => byClass[c]?.push(i));
  return (query, similarity) => {
    const allowed = (i: number) => i !== query.poolIndex && pool.texts[i] !== query.text;
    const queryHash = textHash(query.text);
    const ranked =
      choice.sampling === 'similar' && similarity
        ? byClass.map((rows) => rankBySimilarity(rows.filter(allowed), similarity))
        : null;
    const sets: number[][] = [];
    for (let s = 0; s < choice.sets; s++) {
      const random = seededRandom((Math.imul(choice.seed + s, 0x9e3779b1) ^ queryHash) >>> 0);
      const perClass = byClass.map((rows, c) => {
        if (!ranked) return drawDistinct(rows, choice.perClass, allowed, random);
        const order = ranked[c] ?? [];
        const take = Math.min(choice.perClass, order.length);
        // Set s starts where set s−1 stopped, wrapping round when the class runs out.
        return Array.from(
          { length: take },
          (_, k) => order[(s * choice.perClass + k) % order.length] as number,
        );
      });
      const classOrder = shuffled(
        perClass.map((_, c) => c),
        random,
      );
      const set: number[] = [];
      for (let round = 0; round < choice.perClass; round++)
        for (const c of classOrder) {
          const row = perClass[c]?.[round];
          if (row !== undefined) set.push(row);
        }
      sets.push(set);
    }
    return sets;
  };
}

/** Rows from most to least similar, ties by index. */
function rankBySimilarity(rows: number[], similarity: (poolIndex: number) => number): number[] {
  return rows
    .map((i) => ({ i, score: similarity(i) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.i);
}

/** Up to `k` distinct allowed rows, drawn at random: by rejection, else from a shuffled copy. */
function drawDistinct(
  rows: number[],
  k: number,
  allowed: (i: number) => boolean,
  random: () => number,
): number[] {
  const chosen: number[] = [];
  // Rejection sampling is cheap when few rows are excluded; it gives up after a bounded number
  // of tries (a class that is mostly copies of the query) and the exact way takes over.
  for (let tries = 0; chosen.length < k && tries < 8 * k && rows.length > 2 * k; tries++) {
    const row = rows[Math.floor(random() * rows.length)] as number;
    if (allowed(row) && !chosen.includes(row)) chosen.push(row);
  }
  if (chosen.length === k) return chosen;
  return shuffled(rows.filter(allowed), random).slice(0, k);
}

/** One demonstration, tokenized: the template's pieces with the label word in place of the mask. */
export interface TokenizedDemonstration {
  /** Template literals and the label word's pieces: never cut inside a demonstration. */
  before: number[];
  /** The demonstration's text: the part that is shortened when room runs out. */
  text: number[];
  after: number[];
}

/** The query followed by its demonstrations, with where each demonstration sits. */
export interface SequenceWithDemonstrations {
  ids: number[];
  maskIndices: number[];
  truncatedTokens: number;
  /** Where the query's soft tokens sit (see AssembledSequence); only when it has some. */
  softIndices?: number[];
  /** Token ranges [start, end) of the demonstrations, in order. */
  demonstrationRanges: Array<[number, number]>;
  /** Demonstration tokens cut or dropped to stay within the limit. */
  demonstrationTokensCut: number;
}

/**
 * `[CLS] query-template demo₁ … demoₙ [SEP]`, as LM-BFF: the query (its template and mask) first,
 * then the demonstrations, then the tokenizer's closing ids. The query is assembled as without
 * demonstrations (its text cut only when it alone does not fit); demonstrations fill what room
 * is left: those that do not fit are dropped from the end and the last one that partly fits is
 * shortened (its text, keeping its template and label word), never the query.
 */
export function assembleWithDemonstrations(
  query: TokenizedSegment[],
  demonstrations: TokenizedDemonstration[],
  special: SpecialIds,
  maxLength: number,
  maskCount = 1,
  softFill: readonly number[] = [],
): SequenceWithDemonstrations | TemplateTooLong {
  const alone = assembleSequence(query, special, maxLength, maskCount, softFill);
  if ('error' in alone) return alone;
  const body = alone.ids.slice(0, alone.ids.length - special.suffix.length);
  let room = maxLength - alone.ids.length;
  const ids = [...body];
  const demonstrationRanges: Array<[number, number]> = [];
  let demonstrationTokensCut = 0;
  for (const demo of demonstrations) {
    const fixed = demo.before.length + demo.after.length;
    const whole = fixed + demo.text.length;
    // A demonstration keeps its template and label word, and at least one token of its text.
    const textRoom = Math.min(demo.text.length, room - fixed);
    if (textRoom < Math.min(1, demo.text.length)) {
      demonstrationTokensCut += whole;
      room = 0;
      continue;
    }
    const start = ids.length;
    ids.push(...demo.before, ...demo.text.slice(0, textRoom), ...demo.after);
    demonstrationRanges.push([start, ids.length]);
    demonstrationTokensCut += demo.text.length - textRoom;
    room -= fixed + textRoom;
  }
  ids.push(...special.suffix);
  return {
    ids,
    maskIndices: alone.maskIndices,
    truncatedTokens: alone.truncatedTokens,
    // The query comes first, so its soft tokens stay where they were.
    ...(alone.softIndices ? { softIndices: alone.softIndices } : {}),
    demonstrationRanges,
    demonstrationTokensCut,
  };
}
